import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlText } from '../lib/parquet.ts';

/**
 * A larger synthetic set from a built one: `times` copies of its rows, each copy moved back by a
 * whole number of years past the span the rows cover (district-by-month data for earlier decades).
 * Shifts are multiples of 4 years, so 29 February stays a date. Every row keeps source `synthetic`.
 */
export async function expandYears(
  connection: DuckDBConnection,
  input: string,
  output: string,
  times: number,
): Promise<{ rows: number; firstYear: number; lastYear: number }> {
  const [first, last] = (
    await connection.runAndReadAll(
      `SELECT min(year(period_start))::INTEGER, max(year(period_start))::INTEGER FROM read_parquet(${sqlText(input)})`,
    )
  ).getRows()[0] as [number, number];
  const span = Math.ceil((last! - first! + 1) / 4) * 4;
  await connection.run(`COPY (
    SELECT * REPLACE (
      CAST(period_start - to_years(k * ${span}) AS DATE) AS period_start,
      CAST(period_end - to_years(k * ${span}) AS DATE) AS period_end,
      'tháng ' || month(period_start) || '/' || (year(period_start) - k * ${span}) AS period_label)
    FROM read_parquet(${sqlText(input)}), range(${times}) AS copies(k)
    ORDER BY indicator, geo_code, period_start, subdivision
  ) TO ${sqlText(output)} (FORMAT parquet, COMPRESSION zstd)`);
  const [rows] = (
    await connection.runAndReadAll(`SELECT count(*)::INTEGER FROM read_parquet(${sqlText(output)})`)
  ).getRows()[0] as [number, number];
  return { rows: rows!, firstYear: first! - (times - 1) * span, lastYear: last! };
}

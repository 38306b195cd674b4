import type { CoverageCellRow } from './queries.ts';

/** The years the coverage grid spans at least: the period the published series are curated for. */
export const COVERAGE_FIRST_YEAR = 2013;

/** A whole year; part of a year (a half-year, 9 months); a figure over several years, at its last year. */
export type CoverageCell = 'year' | 'part' | 'span';

/** One indicator's coverage: a row per place, a column per year; national first. */
export interface CoverageGrid {
  indicator: string;
  years: number[];
  rows: Array<{ code: string; name_vi: string; name_en: string; cells: Array<CoverageCell | null> }>;
  /** Years with no whole-year national figure: the holes of the national series. */
  nationalHoles: number[];
}

/**
 * Builds the grid a reader scans for gaps: `year` where a whole-year figure was published, `part` where only
 * part of the year was (a half-year, 9 months), `span` at the last year of a figure over several years,
 * nothing where no figure exists. Gaps stay visible.
 */
export function coverageGrids(
  rows: readonly CoverageCellRow[],
  indicators: readonly string[],
  lastYear: number,
): CoverageGrid[] {
  const years: number[] = [];
  for (let y = COVERAGE_FIRST_YEAR; y <= lastYear; y++) years.push(y);
  return indicators.map((indicator) => {
    const mine = rows.filter((r) => r.indicator === indicator && r.year >= COVERAGE_FIRST_YEAR && r.year <= lastYear);
    const places = [...new Set(mine.map((r) => r.geo_code))];
    const grid = places.map((code) => {
      const cells = mine.filter((r) => r.geo_code === code);
      const first = cells[0]!;
      return {
        code,
        // The national row is named by the page's catalogue.
        name_vi: first.name_vi ?? code,
        name_en: first.name_en ?? code,
        cells: years.map((y) => {
          const c = cells.find((r) => r.year === y);
          return c ? (c.full_year ? 'year' : c.multi_year ? 'span' : 'part') : null;
        }) as Array<CoverageCell | null>,
      };
    });
    const national = grid.find((r) => r.code === 'VN');
    const nationalHoles = years.filter((_, i) => national?.cells[i] !== 'year');
    return { indicator, years, rows: grid, nationalHoles };
  });
}

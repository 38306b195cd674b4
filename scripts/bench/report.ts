import type { RemoteBench, SizeBench } from './analyst.ts';
import type { BuildBench } from './build-bench.ts';
import type { ReaderBench } from './reader.ts';

export interface BenchReport {
  date: string;
  machine: { cpus: number; memoryGb: number; loadAverage: number[]; node: string; chromium: string };
  runs: number;
  seconds?: number;
  reader: ReaderBench;
  analyst: SizeBench[];
  remote: RemoteBench | null;
  build: BuildBench;
}

const kb = (bytes: number) => (bytes < 1e6 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1048576).toFixed(1)} MB`);
const ms = (value: number | null) =>
  value === null
    ? '—'
    : value < 10
      ? `${value.toFixed(1)} ms`
      : value < 10_000
        ? `${Math.round(value)} ms`
        : `${(value / 1000).toFixed(1)} s`;
const rows = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));
const ok = (pass: boolean) => (pass ? 'yes' : '**no**');

/** The report as Markdown: the README pastes it as it is. */
export function toMarkdown(r: BenchReport): string {
  const { reader, build } = r;
  const lines: string[] = [];
  lines.push(
    `Measured ${r.date} on ${r.machine.cpus} cores, ${r.machine.memoryGb} GB, load average ${r.machine.loadAverage.map((x) => x.toFixed(1)).join(' / ')} at the start (shared machine: figures are noisy; latencies are medians of ${r.runs} runs); Node ${r.machine.node}, ${r.machine.chromium}. Data: synthetic (source \`synthetic\`), never published figures.`,
  );
  lines.push(
    '',
    '**Reader** — overview page `/`, headless Chromium, gzip as `scripts/lib/static-server.ts` serves it; all requests until the load event and network idle; times are medians of 5 loads.',
    '',
  );
  lines.push(
    '| figure | site: DuckDB-wasm on first interaction | baseline: same page loading DuckDB-wasm eagerly | target |',
    '|---|---:|---:|---|',
  );
  lines.push(
    `| bytes transferred (HTML, CSS, JS, data) | ${kb(reader.lazy.bytes)} | ${kb(reader.eager.bytes)} | < 100 KB: ${ok(reader.lazy.bytes < 100 * 1024)} |`,
  );
  lines.push(`| requests | ${reader.lazy.requests} | ${reader.eager.requests} | |`);
  lines.push(
    `| DuckDB-wasm files fetched before interaction | ${reader.lazy.duckdbRequests} | ${reader.eager.duckdbRequests} | 0: ${ok(reader.lazy.duckdbRequests === 0)} |`,
  );
  lines.push(
    `| first chart in the page (static SVG) | ${ms(reader.lazy.firstChartMs)} | ${ms(reader.eager.firstChartMs)} | |`,
  );
  lines.push(
    `| DuckDB-wasm started, data loaded (and live figures redrawn) | on interaction | ${ms(reader.eager.liveChartMs)} | |`,
  );
  lines.push(
    `| first contentful paint | ${ms(reader.lazy.firstContentfulPaintMs)} | ${ms(reader.eager.firstContentfulPaintMs)} | |`,
  );
  lines.push(
    `| first interaction → DuckDB ready → figure redrawn (\`/thi-hanh-an/\`) | ${ms(reader.interactionLazy.ms)} (${kb(reader.interactionLazy.bytes)} fetched) | ${ms(reader.interactionEager.ms)} (${kb(reader.interactionEager.bytes)}) | |`,
  );
  if (reader.controls?.length) {
    lines.push(
      '',
      "**Controls** — first change of a topic page's first control at 390 px, answered from the states rendered " +
        'at build (before: DuckDB-wasm on first change, 1.4–1.6 s and 8.2 MB); median of 5.',
      '',
      '| page | control | change → figure redrawn | in the page | fetched | DuckDB-wasm requests | < 100 ms |',
      '|---|---|---:|---:|---:|---:|---|',
    );
    for (const c of reader.controls)
      lines.push(
        `| \`${c.page}\` | ${c.control} | ${ms(c.ms)} | ${ms(c.inPageMs)} | ${kb(c.bytes)} | ${c.duckdbRequests} ` +
          `| ${ok(c.ms < 100)} |`,
      );
  }
  lines.push(
    '',
    '**Analyst** — synthetic observations in Chromium: DuckDB-wasm against plain JavaScript over typed arrays decoded from the same Parquet in the same page; median (p95) of each query.',
    '',
  );
  lines.push(
    '| rows | query | DuckDB-wasm | plain JS | same result | target (DuckDB) |',
    '|---:|---|---:|---:|---|---|',
  );
  for (const size of r.analyst) {
    for (const q of size.queries) {
      const target = size.rows >= 10_000_000 ? 300 : size.rows >= 1_000_000 ? 50 : null;
      lines.push(
        `| ${rows(size.rows)} | ${q.label} | ${ms(q.duckdb.median)} (${ms(q.duckdb.p95)}) | ${ms(q.js.median)} (${ms(q.js.p95)}) | ${ok(q.same)} | ${target ? `< ${target} ms: ${ok(q.duckdb.median < target)}` : ''} |`,
      );
    }
  }
  lines.push(
    '',
    '| rows | Parquet (all columns) | fetched (6 query columns, by range) | click → DuckDB-wasm started | decode (hyparquet) | insert (Arrow) | click → first result | DuckDB memory | JS typed arrays | Chromium RSS (idle → loaded) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const s of r.analyst) {
    lines.push(
      `| ${rows(s.rows)} | ${kb(s.parquetBytes)} | ${kb(s.bytesFetched)} | ${ms(s.engineMs)} | ${ms(s.decodeMs)} | ${ms(s.insertMs)} | ${ms(s.firstResultMs)} | ${kb(s.memory.duckdbBytes)} | ${kb(s.memory.jsColumnsBytes)} | ${kb(s.memory.chromiumRssIdleBytes)} → ${kb(s.memory.chromiumRssBytes)} |`,
    );
  }
  if (r.remote) {
    const rem = r.remote;
    lines.push(
      '',
      `**Remote Parquet** — the ${rows(rem.rows)} rows partitioned by indicator and year (${rem.partitions} files, ${kb(rem.totalBytes)}), read in Chromium by \`src/live/remote-parquet.ts\` over HTTP range requests (only the partitions, columns and row groups a query needs) and aggregated in JavaScript; median (p95).`,
      '',
    );
    lines.push(
      '| query | latency | bytes fetched | share of all | requests | partitions read | same result as DuckDB |',
      '|---|---:|---:|---:|---:|---:|---|',
    );
    for (const q of rem.queries)
      lines.push(
        `| ${q.label} | ${ms(q.latency.median)} (${ms(q.latency.p95)}) | ${kb(q.bytesFetched)} | ${((100 * q.bytesFetched) / rem.totalBytes).toFixed(2)}% | ${q.requests} | ${q.partitionsRead} | ${ok(q.same)} |`,
      );
  }
  lines.push(
    '',
    `**Build** — \`npm run data\` on ${rows(build.rows)} messy synthetic rows (${kb(build.csvBytes)} of CSV) against DuckDB's own \`read_csv\` of the same files; median of ${build.runs} runs, peak resident memory of the process.`,
    '',
  );
  lines.push('| figure | `npm run data` | DuckDB `read_csv` | ratio | target |', '|---|---:|---:|---:|---|');
  const ratio = build.buildMs / build.readCsvMs;
  lines.push(
    `| time | ${ms(build.buildMs)} | ${ms(build.readCsvMs)} (read) · ${ms(build.readCsvToParquetMs)} (read + Parquet) · ${ms(build.readCsvProcessMs)} (whole process) | ${ratio.toFixed(1)}× · ${(build.buildMs / build.readCsvToParquetMs).toFixed(1)}× · ${(build.buildMs / build.readCsvProcessMs).toFixed(1)}× | ≤ 3×: ${ok(ratio <= 3)} |`,
  );
  lines.push(
    `| rows per second | ${Math.round(build.rows / (build.buildMs / 1000)).toLocaleString('en')} | ${Math.round(build.rows / (build.readCsvMs / 1000)).toLocaleString('en')} | | |`,
  );
  lines.push(
    `| peak memory | ${kb(build.buildMaxRssBytes)} | ${kb(build.readCsvMaxRssBytes)} | | < 1 GB: ${ok(build.buildMaxRssBytes < 1024 ** 3)} |`,
  );
  lines.push(
    `| output | observations.parquet ${kb(build.parquetBytes)} | CSV ${kb(build.csvBytes)} | ${((100 * build.parquetBytes) / build.csvBytes).toFixed(1)}% of the CSV | |`,
  );
  return `${lines.join('\n')}\n`;
}

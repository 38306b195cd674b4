import type { RemoteBench, SizeBench, Spread } from './analyst.ts';
import type { BuildBench } from './build-bench.ts';
import { type CrossFilterBench, crossFilterLine } from './crossfilter.ts';
import type { ReaderBench } from './reader.ts';

export interface BenchReport {
  date: string;
  machine: { cpus: number; memoryGb: number; loadAverage: number[]; node: string; chromium: string };
  runs: number;
  seconds?: number;
  reader: ReaderBench | null;
  analyst: SizeBench[];
  remote: RemoteBench | null;
  build: BuildBench | null;
  /** The year span as a cross-filter on Explore (scripts/bench/crossfilter.ts); absent in older reports. */
  crossFilter?: CrossFilterBench | null;
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
const range = (s: Spread) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
const latency = (l: { median: number; p95: number }) => `${ms(l.median)} (${ms(l.p95)})`;
/** One Markdown table row. */
const row = (...cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
/** A table's header and alignment rows; a name ending in ':' is right-aligned (a figure). */
const header = (...names: string[]) => [
  row(...names.map((n) => n.replace(/:$/, ''))),
  row(...names.map((n) => (n.endsWith(':') ? '---:' : '---'))).replace(/ /g, ''),
];
const paragraph = (...parts: string[]) => ['', parts.join(' '), ''];

function readerSection(reader: ReaderBench): string[] {
  const { lazy, eager } = reader;
  return [
    ...paragraph(
      '**Reader** — overview page `/`, headless Chromium, gzip as `scripts/lib/static-server.ts` serves it;',
      'all requests until the load event and network idle; bytes are response bodies sent (HEAD counts 0);',
      'times are medians of 5 loads.',
    ),
    ...header('figure', 'site: DuckDB-wasm on first interaction:', 'baseline: same page loading it eagerly:', 'target'),
    row(
      'bytes transferred (HTML, CSS, JS, data)',
      kb(lazy.bytes),
      kb(eager.bytes),
      `< 100 KB: ${ok(lazy.bytes < 102400)}`,
    ),
    row('requests', lazy.requests, eager.requests, ''),
    row(
      'DuckDB-wasm files fetched before interaction',
      lazy.duckdbRequests,
      eager.duckdbRequests,
      `0: ${ok(lazy.duckdbRequests === 0)}`,
    ),
    row('first chart in the page (static SVG)', ms(lazy.firstChartMs), ms(eager.firstChartMs), ''),
    row('DuckDB-wasm started, data loaded (and live figures redrawn)', 'on interaction', ms(eager.liveChartMs), ''),
    row('first contentful paint', ms(lazy.firstContentfulPaintMs), ms(eager.firstContentfulPaintMs), ''),
    row(
      'first interaction → DuckDB ready → figure redrawn (`/thi-hanh-an/`)',
      `${ms(reader.interactionLazy.ms)} (${kb(reader.interactionLazy.bytes)} fetched)`,
      `${ms(reader.interactionEager.ms)} (${kb(reader.interactionEager.bytes)})`,
      '',
    ),
    ...controlsSection(reader),
  ];
}

/** Topic-page controls answered from the states rendered at build (issue 11). */
function controlsSection(reader: ReaderBench): string[] {
  if (!reader.controls?.length) return [];
  return [
    ...paragraph(
      "**Controls** — first change of a topic page's first control at 390 px, answered from the states rendered",
      'at build (before: DuckDB-wasm on first change, 1.4–1.6 s and 8.2 MB); median of 5.',
    ),
    '| page | control | change → figure redrawn | in the page | fetched | DuckDB-wasm requests | < 100 ms |',
    '|---|---|---:|---:|---:|---:|---|',
    ...reader.controls.map(
      (c) =>
        `| \`${c.page}\` | ${c.control} | ${ms(c.ms)} | ${ms(c.inPageMs)} | ${kb(c.bytes)} | ${c.duckdbRequests} ` +
        `| ${ok(c.ms < 100)} |`,
    ),
  ];
}

function analystSection(analyst: SizeBench[]): string[] {
  const lines = [
    ...paragraph(
      "**Analyst: loading Explore** — synthetic observations built by `npm run data`, loaded by the page's own",
      'loader (`openBrowserDb`: manifest, SHA-256 of each file, Parquet decoded column by column in workers, Arrow',
      'batches into DuckDB-wasm) in',
      `${analyst[0]?.load.dataMs.n ?? 0} fresh browser contexts: median (min–max). The files are fetched, hashed and`,
      'decoded while DuckDB-wasm starts: "then every table ready" is what is left once it has. In the same',
      'page the same Parquet feeds the baselines: plain typed arrays (the six query columns) and an Arquero table.',
    ),
    ...header(
      'rows:',
      'Parquet:',
      'sent while loading:',
      'DuckDB-wasm started:',
      'then every table ready:',
      'ready from the call:',
      'first result:',
      'baseline: typed arrays:',
      'baseline: Arquero:',
      'target',
    ),
  ];
  for (const s of analyst)
    lines.push(
      row(
        rows(s.rows),
        kb(s.parquetBytes),
        kb(s.load.bytesSent),
        range(s.load.engineMs),
        range(s.load.dataMs),
        range(s.load.readyMs),
        range(s.load.firstResultMs),
        range(s.baselines.jsMs),
        range(s.baselines.arqueroMs),
        s.rows >= 1_000_000 ? `tables ≤ 1.5 s: ${ok(s.load.dataMs.median <= 1500)}` : '',
      ),
    );
  for (const s of analyst)
    lines.push(
      ...paragraph(
        `The loader's steps for observations.parquet at ${rows(s.rows)} rows, median (min–max): decode and serialize`,
        "are the decode workers' time, the others the page's wait (insert: from the last batch decoded, the engine's",
        'start included); they overlap and do not add up to the total: ' +
          Object.entries(s.load.phasesMs)
            .map(([step, spread]) => `${step} ${range(spread)}`)
            .join(', ') +
          '.',
      ),
    );
  const compared = analyst.filter((s) => s.beforeAfter);
  if (compared.length)
    lines.push(
      ...paragraph(
        'Before and after, in the last of those pages: `observations.parquet` decoded by the loader as it was before',
        'the column path (hyparquet row arrays, each string encoded per row) and as it is, each inserted into',
        'DuckDB-wasm as one table.',
      ),
      ...header(
        'rows:',
        'before: decode:',
        'before: insert:',
        'after: decode:',
        'after: insert:',
        'speed-up:',
        'all rows',
      ),
    );
  for (const s of compared) {
    const b = s.beforeAfter!;
    const speedup = (b.legacyDecodeMs + b.legacyInsertMs) / (b.currentDecodeMs + b.currentInsertMs);
    lines.push(
      row(
        rows(s.rows),
        ms(b.legacyDecodeMs),
        ms(b.legacyInsertMs),
        ms(b.currentDecodeMs),
        ms(b.currentInsertMs),
        `${speedup.toFixed(1)}×`,
        ok(b.sameRows),
      ),
    );
  }
  lines.push(
    ...paragraph(
      '**Analyst: queries** — the Explore queries in the last of those pages, in DuckDB-wasm, plain JavaScript over',
      'typed arrays and Arquero; median (p95); results compared value by value.',
    ),
    ...header('rows:', 'query', 'DuckDB-wasm:', 'plain JS:', 'Arquero:', 'same result'),
  );
  for (const s of analyst)
    for (const q of s.queries)
      lines.push(row(rows(s.rows), q.label, latency(q.duckdb), latency(q.js), latency(q.arquero), ok(q.same)));
  const memoryHeader = ['rows:', 'DuckDB memory:', 'JS typed arrays:', 'JS heap:', 'Chromium RSS (idle → loaded):'];
  lines.push('', ...header(...memoryHeader));
  for (const s of analyst) {
    const m = s.memory;
    const rss = `${kb(m.chromiumRssIdleBytes)} → ${kb(m.chromiumRssBytes)}`;
    lines.push(row(rows(s.rows), kb(m.duckdbBytes), kb(m.jsColumnsBytes), kb(m.jsHeapBytes), rss));
  }
  return lines;
}

function remoteSection(rem: RemoteBench): string[] {
  const lines = [
    ...paragraph(
      `**Remote Parquet** — the ${rows(rem.rows)} rows partitioned by indicator and year (${rem.partitions} files,`,
      `${kb(rem.totalBytes)}), read in Chromium by \`src/live/remote-parquet.ts\` over HTTP range requests (only`,
      'the partitions, columns and row groups a query needs) and aggregated in JavaScript; median (p95). The rows',
      'are never loaded whole; the reference result is the same SQL run by DuckDB for Node on the unpartitioned',
      `file. Tab memory after the queries: JS heap ${kb(rem.jsHeapBytes)}; Chromium (all processes) RSS`,
      `${kb(rem.chromiumRssBytes)}.`,
    ),
    ...header('query', 'latency:', 'bytes fetched:', 'share of all:', 'requests:', 'partitions read:', 'same result'),
  ];
  for (const q of rem.queries)
    lines.push(
      row(
        q.label,
        latency(q.latency),
        kb(q.bytesFetched),
        `${((100 * q.bytesFetched) / rem.totalBytes).toFixed(2)}%`,
        q.requests,
        q.partitionsRead,
        ok(q.same),
      ),
    );
  return lines;
}

function buildSection(build: BuildBench): string[] {
  // The yardstick: DuckDB reading the same CSV files and writing Parquet, as the build does.
  const ratio = build.buildMs / build.readCsvToParquetMs;
  const perSecond = (ms: number) => Math.round(build.rows / (ms / 1000)).toLocaleString('en');
  return [
    ...paragraph(
      `**Build** — \`npm run data\` on ${rows(build.rows)} messy synthetic rows (${kb(build.csvBytes)} of CSV)`,
      `against DuckDB's own \`read_csv\` of the same files; median of ${build.runs} runs; peak memory is the`,
      'resident memory of the whole process tree (the build and its staging processes, summed), read every 20 ms.',
    ),
    ...header('figure', '`npm run data`:', 'DuckDB `read_csv`:', 'ratio:', 'target'),
    row(
      'time',
      `${ms(build.buildMs)} (${ms(build.buildMsRange[0])}–${ms(build.buildMsRange[1])})`,
      `${ms(build.readCsvMs)} (read) · ${ms(build.readCsvToParquetMs)} (read + Parquet) · ` +
        `${ms(build.readCsvProcessMs)} (whole process)`,
      `${(build.buildMs / build.readCsvMs).toFixed(1)}× · ${ratio.toFixed(1)}× · ` +
        `${(build.buildMs / build.readCsvProcessMs).toFixed(1)}×`,
      `≤ 3× read + Parquet: ${ok(ratio <= 3)}`,
    ),
    row('rows per second', perSecond(build.buildMs), perSecond(build.readCsvMs), '', ''),
    row(
      'peak memory',
      kb(build.buildMaxRssBytes),
      kb(build.readCsvMaxRssBytes),
      '',
      `< 700 MB: ${ok(build.buildMaxRssBytes < 700 * 1048576)}`,
    ),
    row(
      'output',
      `observations.parquet ${kb(build.parquetBytes)}`,
      `CSV ${kb(build.csvBytes)}`,
      `${((100 * build.parquetBytes) / build.csvBytes).toFixed(1)}% of the CSV`,
      '',
    ),
  ];
}

/** The report as Markdown: the README pastes it as it is. */
export function toMarkdown(r: BenchReport): string {
  const m = r.machine;
  const lines = [
    [
      `Measured ${r.date} on ${m.cpus} cores, ${m.memoryGb} GB, load average`,
      `${m.loadAverage.map((x) => x.toFixed(1)).join(' / ')} at the start (shared machine: figures are noisy;`,
      `latencies are medians of ${r.runs} runs); Node ${m.node}, ${m.chromium}. Data: synthetic (source`,
      '`synthetic`), never published figures.',
    ].join(' '),
  ];
  if (r.reader) lines.push(...readerSection(r.reader));
  if (r.analyst.length) lines.push(...analystSection(r.analyst));
  if (r.remote) lines.push(...remoteSection(r.remote));
  if (r.build) lines.push(...buildSection(r.build));
  if (r.crossFilter) lines.push('', '### Cross-filter (year span)', ...paragraph(crossFilterLine(r.crossFilter)));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

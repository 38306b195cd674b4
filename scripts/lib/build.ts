import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CsvTable } from '../../src/lib/csv.ts';
import { parseDate } from '../../src/lib/dates.ts';
import { COUNTRY_CODE, createGeoResolver, MAP34_FIRST_DAY, MAP63_LAST_DAY } from '../../src/lib/geography.ts';
import type { Observation, QualityNote } from '../../src/lib/observations.ts';
import { NormalizeError, type Problem } from '../../src/lib/problems.ts';
import { readRecords } from '../../src/lib/records.ts';
import {
  readAliases,
  readClusterAliases,
  readIndicators,
  readSources,
  type IncompleteSource,
} from '../../src/lib/reference.ts';
import { chooseVersions, type Conflict } from '../../src/lib/versions.ts';
import { exists, listCsv, readCsvFile, readError, relativeLabel, replaceDirectory, sha256File } from './files.ts';
import { stageObservationsInChildren, type StageInput } from './stage-observations.ts';
import { OUTPUT_MARKER, refuseOutput } from './output-guard.ts';
import { PARTITION_ROWS, writePartitionedObservations } from './partition.ts';
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  copyStaging,
  openDuckDB,
  stagedView,
  quote,
  writeParquet,
  type ColumnSpec,
  type Row,
  type Staging,
} from './parquet.ts';
import {
  ALIAS_SCHEMA,
  CLUSTER_MEMBER_SCHEMA,
  GEO_SCHEMA,
  INDICATOR_SCHEMA,
  OBSERVATION_SCHEMA,
  SOURCE_SCHEMA,
} from './tables.ts';

export interface BuildOptions {
  inDir: string;
  outDir: string;
  log?: (message: string) => void;
  /** Observations above this many rows are also written partitioned for range reads (default PARTITION_ROWS). */
  partitionRows?: number;
  /** Processes that read the observation files side by side (default: two where there are two cores). */
  processes?: number;
}

export interface BuildResult {
  problems: Problem[];
  rows: Record<string, number>;
  quality?: Quality;
}

interface Quality {
  discrepancies: QualityNote[];
  conflicts: Conflict[];
  warnings: QualityNote[];
  /** Figures a curator found wrong as printed (the `issue` column), with reasons in both languages. */
  source_issues: QualityNote[];
  incomplete_sources: IncompleteSource[];
}

const MOVEMENT_SCHEMA: readonly ColumnSpec[] = [
  { name: 'id', type: 'VARCHAR' },
  { name: 'title_vi', type: 'VARCHAR' },
  { name: 'level', type: 'VARCHAR' },
  { name: 'issuer', type: 'VARCHAR' },
  { name: 'launched_on', type: 'DATE' },
  { name: 'decision_no', type: 'VARCHAR' },
  { name: 'period_start', type: 'DATE' },
  { name: 'period_end', type: 'DATE' },
  { name: 'focus_task_count', type: 'INTEGER' },
  { name: 'source_id', type: 'VARCHAR' },
  { name: 'note', type: 'VARCHAR' },
  /** The launch date is not printed (only a year or a period): launched_on is 1 January by convention. */
  { name: 'launched_on_assumed', type: 'BOOLEAN' },
];

/**
 * The whole pipeline: read → normalize → validate → compute → write Parquet atomically.
 * Writes nothing at all when any input problem is found.
 */
/** DuckDB's share of the build's memory; past it, the sort spills to the temporary database file.
 * The observations are staged in a child process that has ended by the time DuckDB sorts, so this
 * process holds little else then: at 300 MB the 1M-row sort spills little (at 160 MB it took three
 * times as long) and the build's peak, staging child and this process together, stays under 700 MB. */
const DUCKDB_MEMORY_LIMIT = '300MB';

/** Thrown before anything is read or written when --out could hold something other than this build's output. */
export class OutputRefusedError extends Error {
  override name = 'OutputRefusedError';
}

export async function buildData(options: BuildOptions): Promise<BuildResult> {
  const refusal = await refuseOutput(options.inDir, options.outDir);
  if (refusal) throw new OutputRefusedError(refusal);
  // Observations go to DuckDB file by file as they are normalized, so memory does not grow with
  // every row of every file held in JavaScript at once.
  const database = path.join(tmpdir(), `build-data-${process.pid}-${Date.now()}.duckdb`);
  // DuckDB is first needed once the observations are staged: it is opened (its native library loaded, its
  // database created) while the staging processes read the files, not before they start.
  let opening: Promise<DuckDBConnection> | undefined;
  const open = () =>
    (opening ??= openDuckDB(database, process.env.BUILD_MEMORY_LIMIT ?? DUCKDB_MEMORY_LIMIT).then(async (c) => {
      // Every copy has its ORDER BY; without the default insertion order DuckDB needs less memory to write.
      await c.run('SET preserve_insertion_order = false');
      return c;
    }));
  try {
    return await build(open, options, `${database}.observations.csv`);
  } finally {
    (await opening?.catch(() => undefined))?.closeSync();
    // The database, its log and the staging files (one per staging process) all start with its name.
    const prefix = path.basename(database);
    for (const name of await readdir(path.dirname(database)))
      if (name.startsWith(prefix)) await rm(path.join(path.dirname(database), name), { recursive: true, force: true });
  }
}

async function build(
  open: () => Promise<DuckDBConnection>,
  { inDir, outDir, log = () => {}, partitionRows = PARTITION_ROWS, processes }: BuildOptions,
  stagingFile: string,
): Promise<BuildResult> {
  const problems: Problem[] = [];
  const read = async (relative: string, required = true): Promise<CsvTable | null> => {
    const file = path.join(inDir, relative);
    if (!(await exists(file))) {
      if (required)
        problems.push({
          file: relativeLabel(file, inDir),
          line: 0,
          column: '*',
          value: '',
          reason: 'required file is missing',
        });
      return null;
    }
    try {
      return await readCsvFile(file, relativeLabel(file, inDir));
    } catch (error) {
      // Whatever the file system or the parser throws (a folder named x.csv: EISDIR; a file too large
      // for a string) is a problem of this file, reported with its name like any other.
      problems.push({ file: relativeLabel(file, inDir), line: 0, column: '*', value: '', reason: readError(error) });
      return null;
    }
  };

  const sourcesTable = await read('sources.csv');
  const indicatorsTable = await read('indicators.csv');
  const aliasesTable = await read('geo/aliases.csv');
  const clusterAliasesTable = await read('geo/cluster_aliases.csv', false);
  const provinces63Table = await read('geo/provinces63.csv');
  const provinces34Table = await read('geo/provinces34.csv');
  const mergerTable = await read('geo/merger2025.csv');
  const clustersTable = await read('geo/clusters.csv', false);
  const membersTable = await read('geo/cluster_members.csv', false);
  const movementsTable = await read('movements.csv', false);
  const take = <T>(result: { problems: Problem[] } & T): T => (problems.push(...result.problems), result);

  const { sources, incomplete: incompleteSources } = sourcesTable
    ? take(readSources(sourcesTable))
    : { sources: [], incomplete: [] };
  const { indicators } = indicatorsTable ? take(readIndicators(indicatorsTable)) : { indicators: [] };
  const { aliases } = aliasesTable ? take(readAliases(aliasesTable)) : { aliases: [] };
  const { aliases: clusterAliases } = clusterAliasesTable
    ? take(readClusterAliases(clusterAliasesTable))
    : { aliases: [] };
  const records = (table: CsvTable | null, required: string[]) =>
    table ? take(readRecords(table, required)).records : [];
  const provinces63 = records(provinces63Table, ['code', 'name_vi', 'short_vi', 'name_ascii', 'region']);
  const provinces34 = records(provinces34Table, ['code', 'name_vi', 'short_vi', 'name_ascii', 'merged_from_old_codes']);
  const merger = records(mergerTable, ['old_code', 'new_code']);
  const clusters = records(clustersTable, ['id', 'name_vi', 'name_en', 'valid_from', 'valid_to', 'members_known']);
  const members = records(membersTable, ['cluster_id', 'province_code', 'valid_from', 'valid_to', 'source_url']);
  const movements = records(
    movementsTable,
    MOVEMENT_SCHEMA.map((c) => c.name).filter((name) => name !== 'launched_on_assumed'),
  );

  const sourceIds = new Set(sources.map((s) => s.id));
  const checkSource = (file: string, line: number, id: string | undefined) => {
    if (!sourceIds.has(id ?? ''))
      problems.push({
        file,
        line,
        column: 'source_id',
        value: id ?? '',
        reason: 'unknown source (not in sources.csv)',
      });
  };
  for (const m of movements) checkSource(movementsTable!.file, m.line, m.source_id);

  let resolveGeo: ReturnType<typeof createGeoResolver> | undefined;
  try {
    resolveGeo = createGeoResolver(aliases, clusterAliases);
  } catch (error) {
    if (!(error instanceof NormalizeError)) throw error;
    problems.push({
      file: aliasesTable?.file ?? 'geo/aliases.csv',
      line: 0,
      column: 'alias',
      value: '',
      reason: error.message,
    });
  }

  const observationColumns = OBSERVATION_SCHEMA.filter((c) => c.name !== 'is_preferred');
  const publishedDir = path.join(inDir, 'published');
  const files = await listCsv(publishedDir);
  if (files.length === 0)
    problems.push({
      file: relativeLabel(publishedDir, inDir),
      line: 0,
      column: '*',
      value: '',
      reason: 'no observation files (*.csv)',
    });
  const input: StageInput = {
    inDir,
    // With the reference data in doubt, no figure is read: the staging file is left empty.
    files: resolveGeo && problems.length === 0 ? files : [],
    stagingFile,
    columns: observationColumns,
    // Columns of few distinct values go to the staging file as numbers (see createCsvStagingWriter).
    coded: [
      'indicator',
      'geo_code',
      'geo_level',
      'geo_map',
      // Dates repeat as periods do; their codes also sort as the dates, for the copy's ORDER BY.
      'period_start',
      'period_end',
      'period_type',
      'bound',
      'unit',
      'source_id',
      'dates_basis',
      'denominator_scope',
      'issue',
      'file',
    ],
    indicators,
    sources: [...sourceIds],
    aliases,
    clusterAliases,
  };
  // Opened once the staging processes are started; a failure to open is reported by the await below.
  const staged = await stageObservationsInChildren(input, processes, () => void open().catch(() => {}));
  const connection = await open();
  for (const problem of staged.problems) problems.push(problem);
  const notes = staged.notes;
  const staging = await stagedView(connection, 'observations', observationColumns, staged.staged);
  const versions = await chooseStagedVersions(
    connection,
    staging,
    staged.keyHashes,
    new Map(sources.map((s) => [s.id, s.date ?? ''])),
    new Map(sources.map((s) => [s.id, s.kind])),
  );
  problems.push(...versions.problems);
  if (problems.length > 0) return { problems, rows: {} };

  const quality: Quality = {
    discrepancies: notes.filter((n) => n.kind === 'rate_discrepancy'),
    conflicts: versions.conflicts,
    warnings: notes.filter((n) => n.kind !== 'rate_discrepancy' && n.kind !== 'source_issue'),
    source_issues: notes.filter((n) => n.kind === 'source_issue'),
    incomplete_sources: incompleteSources,
  };
  const successor = new Map(merger.map((m) => [m.old_code!, m.new_code!]));
  const geoRows: Row[] = [
    {
      code: COUNTRY_CODE,
      map: null,
      level: 'country',
      name_vi: 'Toàn quốc',
      short_vi: 'Toàn quốc',
      name_ascii: 'Viet Nam',
      name_en: 'Viet Nam',
    },
    ...provinces63.map((p) => ({
      ...pick(p, ['code', 'name_vi', 'short_vi', 'name_ascii', 'region']),
      name_en: p.name_ascii,
      map: '63',
      level: 'province',
      valid_to: MAP63_LAST_DAY,
      successor_code: successor.get(p.code!) ?? null,
    })),
    ...provinces34.map((p) => ({
      ...pick(p, ['code', 'name_vi', 'short_vi', 'name_ascii']),
      name_en: p.name_ascii,
      map: '34',
      level: 'province',
      valid_from: MAP34_FIRST_DAY,
      merged_from: p.merged_from_old_codes ?? null,
    })),
    ...clusters.map((c) => ({
      code: c.id,
      map: null,
      level: 'cluster',
      name_vi: c.name_vi,
      short_vi: c.name_vi,
      name_en: c.name_en,
      valid_from: optionalDate(c.valid_from),
      valid_to: optionalDate(c.valid_to),
      members_known: c.members_known,
      source_url: c.source_url || null,
      note: c.note || null,
    })),
  ];
  const tables: Array<[string, readonly ColumnSpec[], readonly Row[]]> = [
    ['sources', SOURCE_SCHEMA, sources as unknown as Row[]],
    ['indicators', INDICATOR_SCHEMA, indicators as unknown as Row[]],
    ['geo', GEO_SCHEMA, geoRows],
    ['geo_aliases', ALIAS_SCHEMA, aliases as unknown as Row[]],
    [
      'cluster_members',
      CLUSTER_MEMBER_SCHEMA,
      members.map((m) => ({ ...m, valid_from: optionalDate(m.valid_from), valid_to: optionalDate(m.valid_to) })),
    ],
    [
      'movements',
      MOVEMENT_SCHEMA,
      movements.map((m) => ({
        ...m,
        launched_on: optionalDate(m.launched_on),
        period_start: optionalDate(m.period_start),
        period_end: optionalDate(m.period_end),
        focus_task_count: m.focus_task_count || null,
        launched_on_assumed: m.launched_on_assumed === 'yes',
      })),
    ],
  ];

  const stagingDir = `${outDir.replace(/[/\\]+$/, '')}.tmp-${process.pid}`;
  await rm(stagingDir, { recursive: true, force: true });
  await mkdir(stagingDir, { recursive: true });
  try {
    const rows: Record<string, number> = {};
    const outputs: Record<string, { rows?: number; bytes: number; sha256: string }> = {};
    // Sorted as the pages and the golden tests expect; the keys are text (ISO dates) or whole numbers.
    await copyStaging(connection, staging, OBSERVATION_SCHEMA, path.join(stagingDir, 'observations.parquet'), {
      expressions: { is_preferred: `${NOT_PREFERRED}.row_id IS NULL` },
      join: `LEFT JOIN ${NOT_PREFERRED} USING (row_id)`,
      orderBy: ['indicator', 'geo_code', 'period_start', 'period_end', 'source_id', 'file', 'line'],
    });
    rows.observations = staging.rows;
    log(`observations.parquet: ${staging.rows} rows`);
    for (const [name, schema, tableRows] of tables) {
      const file = path.join(stagingDir, `${name}.parquet`);
      await writeParquet(connection, name, schema, tableRows, file);
      rows[name] = tableRows.length;
      log(`${name}.parquet: ${tableRows.length} rows`);
    }
    await writeFile(path.join(stagingDir, 'quality.json'), `${JSON.stringify(quality, null, 2)}\n`);
    // A large set is read by range (src/live/partitioned-observations.ts): the manifest lists the index.
    if (staging.rows > partitionRows) {
      const observations = path.join(stagingDir, 'observations.parquet');
      const { name, entry } = await writePartitionedObservations(connection, observations, stagingDir);
      outputs[name] = entry;
      log(`${name}: observations partitioned by indicator and year (over ${partitionRows} rows)`);
    }
    for (const name of ['observations.parquet', ...tables.map(([n]) => `${n}.parquet`), 'quality.json']) {
      const file = path.join(stagingDir, name);
      const { size } = await stat(file);
      outputs[name] = {
        ...(name.endsWith('.parquet') ? { rows: rows[name.replace('.parquet', '')] } : {}),
        bytes: size,
        sha256: await sha256File(file),
      };
    }
    const manifest = {
      contract: 1,
      // Hashed by the staging processes from the bytes they normalized (stageObservations).
      inputs: Object.fromEntries(staged.inputs),
      files: outputs,
      quality: Object.fromEntries(Object.entries(quality).map(([k, list]) => [k, list.length])),
    };
    await writeFile(path.join(stagingDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    // Marks the folder as this build's, so that a later build may replace it (output-guard.ts).
    await writeFile(
      path.join(stagingDir, OUTPUT_MARKER),
      'Written by npm run data; replaced whole by the next build.\n',
    );
    await replaceDirectory(stagingDir, outDir);
    return { problems, rows, quality };
  } catch (error) {
    await rm(stagingDir, { recursive: true, force: true });
    throw error;
  }
}

const NOT_PREFERRED = 'observations_not_preferred';

/**
 * chooseVersions (src/lib/versions.ts) over the staged observations. A figure given once cannot
 * conflict or duplicate, so only rows whose figure key's hash occurs more than once (figureKeyHash,
 * computed by the staging processes as they wrote each row) come back from DuckDB, in their original
 * order; groups are independent, so the result is the same as over every row. When no hash repeats,
 * DuckDB is not asked at all. The rows not preferred are kept in a table for the copy to Parquet.
 */
async function chooseStagedVersions(
  connection: DuckDBConnection,
  staging: Staging,
  keyHashes: Float64Array,
  sourceDates: ReadonlyMap<string, string>,
  sourceKinds: ReadonlyMap<string, string | null>,
) {
  const ids = repeatedPositions(keyHashes);
  const select = `SELECT * FROM ${quote(staging.name)} WHERE row_id IN (SELECT unnest(${listLiteral(ids)}::INTEGER[]))`;
  const repeated =
    ids.length === 0
      ? []
      : ((await connection.runAndReadAll(`${select} ORDER BY row_id`)).getRowObjectsJS() as unknown as Array<
          Observation & { row_id: number }
        >);
  const versions = chooseVersions(repeated, sourceDates, sourceKinds);
  const notPreferred = repeated.filter((_, i) => !versions.preferred[i]).map((o) => o.row_id);
  await connection.run(
    `CREATE OR REPLACE TABLE ${NOT_PREFERRED} AS SELECT unnest(${listLiteral(notPreferred)}::INTEGER[]) AS row_id`,
  );
  return versions;
}

/** The positions whose value occurs more than once, in order. */
export function repeatedPositions(values: Float64Array): number[] {
  const sorted = values.slice().sort();
  const repeated = new Set<number>();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]!);
  const positions: number[] = [];
  if (repeated.size > 0) values.forEach((value, i) => repeated.has(value) && positions.push(i));
  return positions;
}

function listLiteral(values: readonly number[]): string {
  return `[${values.join(', ')}]`;
}

function pick(record: Record<string, string | number>, keys: readonly string[]): Row {
  return Object.fromEntries(keys.map((k) => [k, record[k] ?? null]));
}

function optionalDate(text: string | undefined): string | null {
  return text ? parseDate(text) : null;
}

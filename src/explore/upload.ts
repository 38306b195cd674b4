import type { Lang } from '../lib/format.ts';
import type { AliasRow, ClusterAliasRow } from '../lib/geography.ts';
import type { Indicator } from '../lib/indicators.ts';
import type { QualityNote } from '../lib/observations.ts';
import type { Problem } from '../lib/problems.ts';
import { formatNumber } from '../lib/format.ts';
import { useBrowserTranslations } from '../i18n/browser.ts';
import type { BrowserDb } from '../live/duckdb.ts';
import { WORKER_SILENCE_MS, type UploadMessage, type UploadRequest } from './upload-protocol.ts';

export interface UploadOutcome {
  table: string;
  good: number;
  bad: number;
  problems: Problem[];
  notes: QualityNote[];
}

let uploads = 0;
/** The worker started ahead of the next upload, and the promise of its code having loaded. */
let spare: { worker: Worker; ready: Promise<void> } | null = null;

function newWorker(): Worker {
  return new Worker(new URL('./upload-worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts a worker ahead of the first upload, so that uploads work after the network is gone; resolves once
 * its code has loaded. A spare that fails to load (the network went first) is let go, so that an upload
 * starts a new worker and says why it fails, instead of waiting on one that will never answer.
 */
export function prepareUploads(): Promise<void> {
  if (spare) return spare.ready;
  const worker = newWorker();
  const ready = new Promise<void>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<UploadMessage>) => {
      if (event.data.type === 'ready') resolve();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (spare?.worker === worker) spare = null;
      worker.terminate();
      reject(new Error(event.message || 'the upload worker did not start'));
    };
  });
  ready.catch(() => {}); // a failed spare is handled above: not an unhandled rejection
  spare = { worker, ready };
  return ready;
}

/** `upload:<file name>`: the source an upload's figures are attributed to when they name no published one. */
export function uploadSourceId(fileName: string): string {
  return `upload:${fileName}`;
}

/** The reference tables the normalizer needs, read from DuckDB (the same tables the build wrote). */
async function referenceTables(db: BrowserDb): Promise<Omit<UploadRequest, 'file' | 'uploadSource'>> {
  const [indicators, sources, aliases, clusters] = await Promise.all([
    db.query<Indicator>(
      'SELECT id, name_vi, name_en, kind, unit, numerator, denominator, period_basis, ' +
        "coalesce(description_vi, '') AS description_vi, coalesce(description_en, '') AS description_en " +
        'FROM indicators',
    ),
    db.query<{ id: string }>(`SELECT id FROM sources`),
    db.query<AliasRow>(`SELECT alias, code, map FROM geo_aliases`),
    db.query<{ code: string; name_vi: string; name_en: string }>(
      `SELECT code, name_vi, name_en FROM geo WHERE level = 'cluster'`,
    ),
  ]);
  // Clusters are known by their id and their names (the build also reads cluster_aliases.csv).
  const clusterAliases: ClusterAliasRow[] = clusters.flatMap((c) =>
    [c.name_vi, c.name_en].filter(Boolean).map((alias) => ({ alias, cluster_id: c.code })),
  );
  return { indicators, sources: sources.map((s) => s.id), aliases, clusterAliases };
}

/** Why an upload stopped: the file refused, memory ran out, the worker died, or DuckDB could not take the rows. */
export type UploadFailureReason = 'input' | 'memory' | 'worker' | 'insert';

/**
 * An upload that did not finish. Its rows already in DuckDB are dropped: a table missing part of its
 * file would look complete in a join or a count, so none is kept.
 */
export class UploadFailure extends Error {
  readonly fileName: string;
  readonly reason: UploadFailureReason;
  readonly detail: string;
  /** Rows that had reached DuckDB and were dropped with the table. */
  readonly discarded: number;
  /** false when DuckDB itself stopped answering afterwards: the page must be reloaded. */
  readonly engineAlive: boolean;
  constructor(fileName: string, reason: UploadFailureReason, detail: string, discarded: number, engineAlive: boolean) {
    super(`${fileName}: ${detail}`);
    this.name = 'UploadFailure';
    this.fileName = fileName;
    this.reason = reason;
    this.detail = detail;
    this.discarded = discarded;
    this.engineAlive = engineAlive;
  }
}

const MEMORY = new RegExp(
  'allocation failed|out of memory|invalid (typed )?array length|array buffer|memory access out of bounds|' +
    'cannot allocate|maximum call stack',
  'i',
);

function isMemory(error: { name?: string; message: string }): boolean {
  return error.name === 'RangeError' || MEMORY.test(error.message);
}

/** DuckDB-wasm's insert errors arrive as JSON (`{"exception_type":"Binder",…}`): say them as its console does. */
function duckdbMessage(error: Error): string {
  try {
    const parsed = JSON.parse(error.message) as { exception_type?: string; exception_message?: string };
    if (parsed.exception_message) return `${parsed.exception_type ?? ''} Error: ${parsed.exception_message}`.trim();
  } catch {
    // not JSON: DuckDB's own text
  }
  return `${error.name}: ${error.message}`;
}

/** A table name no upload, and no table the reader made in the console, has taken. */
async function freeTableName(db: BrowserDb): Promise<string> {
  const taken = new Set(
    (
      await db.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_name LIKE 'upload_%'`,
      )
    ).map((t) => t.name),
  );
  let name: string;
  do name = `upload_${++uploads}`;
  while (taken.has(name));
  return name;
}

/** After a failure: does DuckDB still answer? A crash in its own worker would leave every query waiting. */
async function engineAnswers(db: BrowserDb): Promise<boolean> {
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000));
  return Promise.race([
    db.query('SELECT 1 AS ok').then(
      () => true,
      () => false,
    ),
    timeout,
  ]);
}

/**
 * Reads a CSV in a worker (papaparse and the build's normalizer, off the page's thread) and
 * inserts its good rows, batch by batch, into a new DuckDB table `upload_N`. Any failure on the
 * way (the file refused, memory exhausted, the worker gone, DuckDB refusing a batch) rejects with
 * an UploadFailure, after the rows inserted so far are dropped.
 */
export async function uploadCsv(
  db: BrowserDb,
  file: File,
  onProgress: (bytes: number, total: number, rows: number) => void,
): Promise<UploadOutcome> {
  const table = await freeTableName(db);
  const request: UploadRequest = { file, uploadSource: uploadSourceId(file.name), ...(await referenceTables(db)) };
  const worker = spare?.worker ?? newWorker();
  spare = null;
  let inserted = 0;
  let created = false;
  let stopped = false;
  let inserting = false;
  let queue = Promise.resolve();
  let silence: ReturnType<typeof setTimeout> | undefined;
  try {
    return await new Promise<UploadOutcome>((resolve, reject) => {
      const fail = (reason: UploadFailureReason, detail: string) => {
        if (stopped) return;
        stopped = true;
        reject(new UploadFailure(file.name, reason, detail, 0, true));
      };
      const listen = () => {
        clearTimeout(silence);
        silence = setTimeout(
          () =>
            inserting
              ? fail('insert', `DuckDB stopped answering while storing rows (${WORKER_SILENCE_MS / 1000} s)`)
              : fail('worker', `the reader stopped answering (${WORKER_SILENCE_MS / 1000} s)`),
          WORKER_SILENCE_MS,
        );
      };
      // The worker died: an uncaught error (out of memory among them), or a message it sent cannot be read.
      worker.onerror = (event) => {
        event.preventDefault();
        const message = event.message || 'the upload worker stopped';
        fail(isMemory({ message }) ? 'memory' : 'worker', message);
      };
      worker.onmessageerror = () => fail('worker', 'a message from the upload worker could not be read');
      worker.onmessage = (event: MessageEvent<UploadMessage>) => {
        const message = event.data;
        listen();
        queue = queue
          .then(async () => {
            if (stopped || message.type === 'ready') return;
            if (message.type === 'progress') onProgress(message.bytes, message.total, inserted);
            else if (message.type === 'rows') {
              try {
                inserting = true;
                await db.connection.insertArrowFromIPCStream(message.ipc, { name: table, create: !created });
              } catch (error) {
                const e = error instanceof Error ? error : new Error(String(error));
                // A create that failed may have left the table behind (its name was free): drop it too.
                created = true;
                return fail(isMemory(e) ? 'memory' : 'insert', duckdbMessage(e));
              } finally {
                inserting = false;
              }
              created = true;
              inserted += message.count;
              worker.postMessage('continue');
            } else if (message.type === 'failed') {
              fail(
                message.input ? 'input' : isMemory(message) ? 'memory' : 'worker',
                message.input ? message.message : `${message.name}: ${message.message}`,
              );
            } else {
              // No good row: the table still exists, empty, with the contract's columns.
              if (!created)
                await db.connection.query(
                  `CREATE TABLE ${table} AS SELECT indicator, geo_code, geo_level, geo_map, ` +
                    'organisation, subdivision, ' +
                    'period_label, period_start, period_end, period_type, numerator, denominator, ' +
                    'value, value_reported, ' +
                    'bound, unit, source_id, notes, file, line FROM observations WHERE FALSE',
                );
              stopped = true;
              resolve({
                table,
                good: message.good,
                bad: message.bad,
                problems: message.problems,
                notes: message.notes,
              });
            }
          })
          .catch((error: unknown) => fail('insert', error instanceof Error ? error.message : String(error)));
      };
      listen();
      try {
        worker.postMessage(request);
      } catch (error) {
        fail('worker', error instanceof Error ? error.message : String(error)); // the file could not be handed over
      }
    });
  } catch (error) {
    if (!(error instanceof UploadFailure)) throw error;
    worker.terminate();
    // An insert under way finishes (or fails) before the table is dropped; a DuckDB that hangs is caught below.
    await Promise.race([queue, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    const alive = await engineAnswers(db);
    if (created && alive) await db.connection.query(`DROP TABLE IF EXISTS ${table}`).catch(() => {});
    throw new UploadFailure(error.fileName, error.reason, error.detail, inserted, alive);
  } finally {
    clearTimeout(silence);
    worker.terminate();
    void prepareUploads().catch(() => {}); // the next upload's worker, ready before it is needed
  }
}

/** What the reader reads when an upload fails: the file, what went wrong, what became of its rows, what still works. */
export function describeFailure(failure: UploadFailure, lang: Lang): string {
  const t = useBrowserTranslations(lang).explore.upload;
  const n = formatNumber(failure.discarded, lang, 0);
  const what = t.failure[failure.reason](failure.detail);
  const rows = failure.discarded > 0 ? t.discarded(n) : t.noneLoaded;
  const still = failure.engineAlive ? t.stillWorks : t.engineStopped;
  const advice = failure.reason === 'memory' ? t.memoryAdvice : '';
  return t.failed(failure.fileName, what, rows, still, advice);
}

/** A query that joins an upload with the published figures for the same indicator, place and period. */
export function joinSql(table: string): string {
  return `SELECT u.line, u.indicator, i.name_vi AS indicator_name, u.geo_code, g.short_vi AS place,
  strftime(u.period_start, '%Y-%m-%d') AS period_start, strftime(u.period_end, '%Y-%m-%d') AS period_end,
  u.value AS value_uploaded, o.value AS value_published, o.source_id AS published_source,
  u.source_id AS upload_source, u.notes
FROM ${table} u
JOIN indicators i ON i.id = u.indicator
LEFT JOIN geo g ON g.code = u.geo_code AND g.map IS NOT DISTINCT FROM u.geo_map AND g.level = u.geo_level
LEFT JOIN observations o ON o.is_preferred AND o.subdivision IS NULL AND o.organisation IS NULL
  AND o.indicator = u.indicator AND o.geo_code = u.geo_code
  AND o.period_start = u.period_start AND o.period_end = u.period_end
ORDER BY u.line`;
}

export function describeUpload(outcome: UploadOutcome, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang, 0);
  return useBrowserTranslations(lang).explore.upload.summary(outcome.table, n(outcome.good), n(outcome.bad));
}

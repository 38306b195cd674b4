import type { Lang } from '../lib/format.ts';
import type { AliasRow, ClusterAliasRow } from '../lib/geography.ts';
import type { Indicator } from '../lib/indicators.ts';
import type { QualityNote } from '../lib/observations.ts';
import type { Problem } from '../lib/problems.ts';
import { formatNumber } from '../lib/format.ts';
import type { BrowserDb } from '../live/duckdb.ts';
import type { UploadMessage, UploadRequest } from './upload-protocol.ts';

export interface UploadOutcome {
  table: string;
  good: number;
  bad: number;
  problems: Problem[];
  notes: QualityNote[];
}

let uploads = 0;
let spare: Worker | null = null;

function newWorker(): Worker {
  return new Worker(new URL('./upload-worker.ts', import.meta.url), { type: 'module' });
}

/** Starts a worker ahead of the first upload, so that uploads work after the network is gone. */
export function prepareUploads(): void {
  spare ??= newWorker();
}

/** `upload:<file name>`: the source an upload's figures are attributed to when they name no published one. */
export function uploadSourceId(fileName: string): string {
  return `upload:${fileName}`;
}

/** The reference tables the normalizer needs, read from DuckDB (the same tables the build wrote). */
async function referenceTables(db: BrowserDb): Promise<Omit<UploadRequest, 'file' | 'uploadSource'>> {
  const [indicators, sources, aliases, clusters] = await Promise.all([
    db.query<Indicator>(`SELECT id, name_vi, name_en, kind, unit, numerator, denominator, period_basis, coalesce(description_vi, '') AS description_vi, coalesce(description_en, '') AS description_en FROM indicators`),
    db.query<{ id: string }>(`SELECT id FROM sources`),
    db.query<AliasRow>(`SELECT alias, code, map FROM geo_aliases`),
    db.query<{ code: string; name_vi: string; name_en: string }>(`SELECT code, name_vi, name_en FROM geo WHERE level = 'cluster'`),
  ]);
  // Clusters are known by their id and their names (the build also reads cluster_aliases.csv).
  const clusterAliases: ClusterAliasRow[] = clusters.flatMap((c) => [c.name_vi, c.name_en].filter(Boolean).map((alias) => ({ alias, cluster_id: c.code })));
  return { indicators, sources: sources.map((s) => s.id), aliases, clusterAliases };
}

/**
 * Reads a CSV in a worker (papaparse and the build's normalizer, off the page's thread) and
 * inserts its good rows, batch by batch, into a new DuckDB table `upload_N`.
 */
export async function uploadCsv(db: BrowserDb, file: File, onProgress: (bytes: number, total: number, rows: number) => void): Promise<UploadOutcome> {
  const table = `upload_${++uploads}`;
  const request: UploadRequest = { file, uploadSource: uploadSourceId(file.name), ...(await referenceTables(db)) };
  const worker = spare ?? newWorker();
  spare = null;
  let inserted = 0;
  let created = false;
  try {
    return await new Promise<UploadOutcome>((resolve, reject) => {
      let queue = Promise.resolve();
      worker.onerror = (event) => reject(new Error(event.message || 'upload worker failed'));
      worker.onmessage = (event: MessageEvent<UploadMessage>) => {
        const message = event.data;
        queue = queue.then(async () => {
          if (message.type === 'progress') onProgress(message.bytes, message.total, inserted);
          else if (message.type === 'rows') {
            await db.connection.insertArrowFromIPCStream(message.ipc, { name: table, create: !created });
            created = true;
            inserted += message.count;
            worker.postMessage('continue');
          } else if (message.type === 'failed') reject(new Error(message.message));
          else {
            // No good row: the table still exists, empty, with the contract's columns.
            if (!created) await db.connection.query(`CREATE TABLE ${table} AS SELECT indicator, geo_code, geo_level, geo_map, organisation, subdivision, period_label, period_start, period_end, period_type, numerator, denominator, value, value_reported, bound, unit, source_id, notes, file, line FROM observations WHERE FALSE`);
            resolve({ table, good: message.good, bad: message.bad, problems: message.problems, notes: message.notes });
          }
        }).catch(reject);
      };
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
    prepareUploads(); // the next upload's worker, ready before it is needed
  }
}

/** A query that joins an upload with the published figures for the same indicator, place and period. */
export function joinSql(table: string): string {
  return `SELECT u.line, u.indicator, i.name_vi AS indicator_name, u.geo_code, g.short_vi AS place,
  strftime(u.period_start, '%Y-%m-%d') AS period_start, strftime(u.period_end, '%Y-%m-%d') AS period_end,
  u.value AS value_uploaded, o.value AS value_published, o.source_id AS published_source, u.source_id AS upload_source, u.notes
FROM ${table} u
JOIN indicators i ON i.id = u.indicator
LEFT JOIN geo g ON g.code = u.geo_code AND g.map IS NOT DISTINCT FROM u.geo_map AND g.level = u.geo_level
LEFT JOIN observations o ON o.is_preferred AND o.subdivision IS NULL AND o.organisation IS NULL
  AND o.indicator = u.indicator AND o.geo_code = u.geo_code AND o.period_start = u.period_start AND o.period_end = u.period_end
ORDER BY u.line`;
}

export function describeUpload(outcome: UploadOutcome, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang, 0);
  return lang === 'vi'
    ? `Bảng ${outcome.table}: ${n(outcome.good)} dòng hợp lệ, ${n(outcome.bad)} dòng bị loại.`
    : `Table ${outcome.table}: ${n(outcome.good)} good rows, ${n(outcome.bad)} rows refused.`;
}

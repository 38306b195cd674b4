/// <reference lib="webworker" />
// Reads an uploaded CSV off the page's thread: the file in 1 MB pieces, each through the same CSV
// reader and normalizer as the build, the good rows sent back in Arrow batches for DuckDB.
import { createCsvStream } from '../lib/csv.ts';
import { decoderFor, notUtf8 } from '../lib/encoding.ts';
import { createGeoResolver } from '../lib/geography.ts';
import {
  normalizeRows,
  readObservationHeader,
  type NormalizeContext,
  type Observation,
  type ObservationHeader,
  type QualityNote,
} from '../lib/observations.ts';
import { NormalizeError, type Problem } from '../lib/problems.ts';
import { BATCH_ROWS, CHUNK_BYTES, MAX_PROBLEMS, type UploadMessage, type UploadRequest } from './upload-protocol.ts';
import { observationsToIpc } from './upload-table.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let resume: (() => void) | null = null;

scope.onmessage = (event: MessageEvent<UploadRequest | 'continue'>) => {
  if (event.data === 'continue') {
    resume?.();
    return;
  }
  read(event.data).catch((error: unknown) => {
    // Out of memory lands here as a RangeError ("Array buffer allocation failed") when V8 can say so.
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'failed', message, input: false, name: error instanceof Error ? error.name : 'Error' });
  });
};

// Module workers run this only once every import has loaded: the page may count on the worker now.
post({ type: 'ready' });

function post(message: UploadMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

async function read(request: UploadRequest): Promise<void> {
  const { file } = request;
  const context: NormalizeContext = {
    indicators: new Map(request.indicators.map((i) => [i.id, i])),
    sources: new Set(request.sources),
    resolveGeo: createGeoResolver(request.aliases, request.clusterAliases),
    uploadSource: request.uploadSource,
  };
  const stream = createCsvStream(file.name);
  const problems: Problem[] = [];
  const notes: QualityNote[] = [];
  let bad = 0;
  let good = 0;
  let header: ObservationHeader | null = null;
  let refused = false;
  let batch: Observation[] = [];

  const flush = async () => {
    if (batch.length === 0) return;
    const ipc = observationsToIpc(batch);
    const count = batch.length;
    batch = [];
    const resumed = new Promise<void>((resolve) => (resume = resolve));
    post({ type: 'rows', ipc, count }, [ipc.buffer]);
    await resumed; // the page has inserted it: memory stays bounded by one batch
  };
  const take = async (rows: ReturnType<typeof stream.push>) => {
    if (refused) return;
    if (!header && stream.header) {
      const read = readObservationHeader(
        { file: file.name, locale: stream.locale, delimiter: stream.delimiter, header: stream.header },
        context,
      );
      if (!read.header) {
        problems.push(...read.problems);
        bad += read.problems.length;
        refused = true;
        return;
      }
      header = read.header;
    }
    if (!header) return;
    const result = normalizeRows(rows, header, context);
    const badLines = new Set(result.problems.map((p) => p.line));
    bad += badLines.size;
    for (const p of result.problems) if (problems.length < MAX_PROBLEMS) problems.push(p);
    for (const n of result.notes) if (notes.length < MAX_PROBLEMS) notes.push(n);
    good += result.observations.length;
    batch.push(...result.observations);
    if (batch.length >= BATCH_ROWS) await flush();
  };

  const first = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  const { decoder, skip } = decoderFor(first);
  try {
    for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
      const bytes = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
      let text: string;
      try {
        text = decoder.decode(offset === 0 ? bytes.subarray(skip) : bytes, { stream: true });
      } catch {
        throw notUtf8(file.name);
      }
      await take(stream.push(text));
      post({ type: 'progress', bytes: Math.min(file.size, offset + CHUNK_BYTES), total: file.size });
    }
    await take([...stream.push(decoder.decode()), ...stream.end()]);
    if (!stream.header) throw new NormalizeError(`${file.name}: the file is empty (no header line)`);
    await flush();
  } catch (error) {
    if (!(error instanceof NormalizeError)) throw error;
    post({ type: 'failed', message: error.message, input: true, name: error.name });
    return;
  }
  post({ type: 'done', good, bad, problems, notes });
}

/// <reference lib="webworker" />
// Decodes Parquet off the page's thread, straight into the Arrow IPC stream that DuckDB-wasm inserts: the
// page only passes the bytes on, and this worker decodes the next batch while DuckDB's inserts the last.
import { tableToIPC } from 'apache-arrow';
import { parquetMetadata } from 'hyparquet';
import { batchRanges, parquetGroupsToArrow } from './parquet-arrow.ts';
import type { DecodeMessage, DecodeRequest } from './parquet-decoders.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<DecodeRequest>) => {
  const { id } = event.data;
  decode(event.data).catch((error: unknown) => post({ id, type: 'failed', message: String(error) }));
};

function post(message: DecodeMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

/** The request's share of the file's batches (every `parts`-th from `part`), each sent when ready. */
async function decode({ id, bytes, part, parts }: DecodeRequest): Promise<void> {
  const metadata = parquetMetadata(bytes);
  const ranges = batchRanges(metadata);
  for (let index = part; index < ranges.length; index += parts) {
    const started = performance.now();
    const table = await parquetGroupsToArrow(bytes, metadata, undefined, ...ranges[index]!);
    const decoded = performance.now();
    const ipc = tableToIPC(table, 'stream');
    const timing = { decodeMs: decoded - started, serializeMs: performance.now() - decoded };
    post({ id, type: 'batch', index, batches: ranges.length, ipc, ...timing }, [ipc.buffer]);
  }
  post({ id, type: 'done', batches: ranges.length });
}

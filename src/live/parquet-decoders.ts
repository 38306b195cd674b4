// The page's side of the Parquet decode workers (src/live/parquet-worker.ts). A large file is split between
// them batch by batch; its batches come back as Arrow IPC streams and are handed on in file order.

/** Decode the batches `part`, `part + parts`, … of the file. */
export interface DecodeRequest {
  id: number;
  bytes: ArrayBuffer;
  part: number;
  parts: number;
}

export type DecodeMessage =
  | ({ id: number; type: 'batch'; index: number; batches: number; ipc: Uint8Array } & BatchTiming)
  | { id: number; type: 'done'; batches: number }
  | { id: number; type: 'failed'; message: string };

/** The worker's time on one batch. */
export interface BatchTiming {
  decodeMs: number;
  serializeMs: number;
}

/** Files smaller than this go to one worker whole: splitting would cost more than it saves. */
const SPLIT_BYTES = 1 << 20;

interface Job {
  onBatch(ipc: Uint8Array, index: number, timing: BatchTiming): void;
  resolve(): void;
  reject(error: Error): void;
  parts: number;
  done: number;
  batches: number;
  next: number;
  waiting: Map<number, [Uint8Array, BatchTiming]>;
}

export class ParquetDecoders {
  private readonly workers: Worker[];
  private readonly jobs = new Map<number, Job>();
  private nextId = 0;

  constructor(count: number) {
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(new URL('./parquet-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<DecodeMessage>) => this.receive(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        this.failAll(new Error(`Parquet decoder: ${event.message || 'the worker did not start'}`));
      };
      return worker;
    });
  }

  /**
   * Decodes a file in the workers; `onBatch` gets each batch's IPC stream in file order. The bytes are
   * handed over (detached): read them, or start reading them, before.
   */
  decode(bytes: ArrayBuffer, onBatch: Job['onBatch']): Promise<void> {
    const id = this.nextId++;
    const parts = bytes.byteLength < SPLIT_BYTES ? 1 : this.workers.length;
    const finished = new Promise<void>((resolve, reject) =>
      this.jobs.set(id, { onBatch, resolve, reject, parts, done: 0, batches: 0, next: 0, waiting: new Map() }),
    );
    for (let part = 0; part < parts; part++) {
      const request: DecodeRequest = { id, bytes, part, parts };
      // Small files take turns; a split file goes to every worker, copied to all but the last.
      const worker = this.workers[parts === 1 ? id % this.workers.length : part]!;
      worker.postMessage(request, part === parts - 1 ? [bytes] : []);
    }
    return finished;
  }

  close(): void {
    for (const worker of this.workers) worker.terminate();
    this.failAll(new Error('Parquet decoder closed'));
  }

  private receive(message: DecodeMessage): void {
    const job = this.jobs.get(message.id);
    if (!job) return;
    if (message.type === 'failed') {
      this.fail(message.id, new Error(message.message));
      return;
    }
    job.batches = message.batches;
    if (message.type === 'batch') {
      job.waiting.set(message.index, [message.ipc, message]);
      for (let ready = job.waiting.get(job.next); ready; ready = job.waiting.get(job.next)) {
        job.waiting.delete(job.next);
        job.onBatch(ready[0], job.next++, ready[1]);
      }
    } else job.done++;
    if (job.done === job.parts && job.next === job.batches) {
      this.jobs.delete(message.id);
      job.resolve();
    }
  }

  private fail(id: number, error: Error): void {
    this.jobs.get(id)?.reject(error);
    this.jobs.delete(id);
  }

  private failAll(error: Error): void {
    for (const id of [...this.jobs.keys()]) this.fail(id, error);
  }
}

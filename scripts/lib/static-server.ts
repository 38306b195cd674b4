import { open, readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EMBED_FOLDERS } from '../../src/service/routes.ts';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.wasm', '.txt', '.csv']);

export interface ServedRequest {
  path: string;
  status: number;
  bytes: number;
}

/**
 * Serves dist/ as a static host would: correct types (application/wasm), gzip when asked, HTTP
 * range requests (for reading Parquet by row group). Loopback only. `log` sees every response.
 */
export function createStaticServer(root: string, log?: (request: ServedRequest) => void): http.Server {
  const base = path.resolve(root);
  const gzipped = new Map<string, Buffer>();
  return http.createServer(async (req, res) => {
    const send = (status: number, body: Buffer | string, headers: Record<string, string | number> = {}) => {
      const bytes = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
      res.writeHead(status, { ...headers, 'content-length': bytes });
      res.end(req.method === 'HEAD' ? undefined : body);
      log?.({ path: req.url ?? '', status, bytes });
    };
    try {
      let urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      if (urlPath.endsWith('/')) urlPath += 'index.html';
      let file = path.join(base, urlPath);
      if (!file.startsWith(base + path.sep)) return send(403, 'forbidden');
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info) return send(404, 'not found', { 'content-type': 'text/plain; charset=utf-8' });
      const ext = path.extname(file);
      const headers: Record<string, string | number> = {
        'content-type': MIME[ext] ?? 'application/octet-stream',
        'x-content-type-options': 'nosniff',
        'accept-ranges': 'bytes',
      };
      // Embed pages are made to be framed by any site; a meta policy cannot say so, only the host's header.
      if (EMBED_FOLDERS.some((folder) => urlPath.startsWith(folder)))
        headers['content-security-policy'] = 'frame-ancestors *';
      const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
      if (range) {
        // Only the asked bytes are read: a reader of a large Parquet file asks for many small ranges.
        const size = info.size;
        const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
        const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
        const slice = Buffer.alloc(Math.max(0, end - start + 1));
        const handle = await open(file, 'r');
        try {
          await handle.read(slice, 0, slice.length, start);
        } finally {
          await handle.close();
        }
        headers['content-range'] = `bytes ${start}-${end}/${size}`;
        return send(206, slice, headers);
      }
      let body: Buffer = await readFile(file);
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        const key = `${file}:${info.mtimeMs}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 6 }));
        body = gzipped.get(key)!;
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      return send(200, body, headers);
    } catch (error) {
      return send(500, String(error));
    }
  });
}

/** Starts the server on a free loopback port and returns its origin. */
export async function listen(server: http.Server, port = 0): Promise<string> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

import { createHash } from 'node:crypto';
import { createReadStream, type Stats } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { contentSecurityPolicy } from '../../src/lib/content-security-policy.ts';
import { parseRange } from './byte-range.ts';
import { cacheControl, embedHeaders, FILE_POLICY, HARDENING, isEmbedPage, pagePolicy } from './host-headers.ts';
import { parseRequestPath } from './request-path.ts';

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
  // The site's only XML files are its Atom feeds.
  '.xml': 'application/atom+xml; charset=utf-8',
  '.ico': 'image/x-icon',
};
// Parquet is left out: its pages are already compressed (zstd, snappy), gzip would only cost time.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.wasm', '.txt', '.csv', '.xml']);

export interface ServedRequest {
  method: string;
  path: string;
  status: number;
  /** Body bytes actually sent: 0 for HEAD and 304. */
  bytes: number;
}

interface FileFacts {
  /** Strong validator of the file's bytes (SHA-256), as sent for the uncompressed body. */
  etag: string;
  /** For a page: the policy it states, sent as a header. */
  policy: string;
  gzipped?: Promise<Buffer>;
}

const gzipAsync = promisify(gzip);
const STRICT = contentSecurityPolicy(false);
const gzipTag = (etag: string) => `${etag.slice(0, -1)}-gzip"`; // another body, another strong tag

/**
 * Serves dist/ as a correct static host would: the site's Content-Security-Policy and hardening
 * headers, caching by kind of file with strong ETags and 304s, gzip when asked, single byte ranges
 * (reading only the asked bytes, for Parquet by row group) and 416 for ranges that select nothing;
 * 400 for a malformed address, 405 for other methods than GET and HEAD, never an error's text.
 * Loopback only. `log` sees every response with the body bytes it sent.
 */
export interface ServerOptions {
  /**
   * The policy a page is sent with, from its HTML. The site's pages: the policy their <meta> states, if it is
   * one of the site's two (host-headers.ts). Only the bench's own harness page, which is not the site's, states
   * another (it runs Arquero, which compiles expressions with `new Function`).
   */
  pagePolicy?: (html: string) => string;
}

export function createStaticServer(
  root: string,
  log?: (request: ServedRequest) => void,
  options: ServerOptions = {},
): http.Server {
  const policyOf = options.pagePolicy ?? pagePolicy;
  const base = path.resolve(root);
  const known = new Map<string, { version: string; facts: Promise<FileFacts> }>();

  function factsOf(file: string, info: Stats): Promise<FileFacts> {
    const version = `${info.size}:${info.mtimeMs}`;
    const entry = known.get(file);
    if (entry?.version === version) return entry.facts;
    const facts = readFacts(file, policyOf);
    known.set(file, { version, facts });
    facts.catch(() => known.delete(file));
    return facts;
  }

  return http.createServer(async (req, res) => {
    const method = req.method ?? '';
    const reply = (status: number, headers: http.OutgoingHttpHeaders, body?: Buffer, length = body?.length) => {
      res.writeHead(status, length === undefined ? headers : { ...headers, 'content-length': length });
      const sent = method === 'HEAD' || !body ? 0 : body.length;
      res.end(sent ? body : undefined);
      log?.({ method, path: req.url ?? '', status, bytes: sent });
    };
    const refuse = (status: number, text: string, headers: http.OutgoingHttpHeaders = {}) =>
      reply(
        status,
        {
          ...HARDENING,
          'content-security-policy': STRICT,
          'content-type': 'text/plain; charset=utf-8',
          'cache-control': 'no-store',
          ...headers,
        },
        Buffer.from(`${text}\n`),
      );
    try {
      if (method !== 'GET' && method !== 'HEAD') return refuse(405, 'method not allowed', { allow: 'GET, HEAD' });
      const target = parseRequestPath(req.url ?? '');
      if (!target) return refuse(400, 'bad request');
      let file = path.join(base, ...target.segments);
      if (file !== base && !file.startsWith(base + path.sep)) return refuse(400, 'bad request');
      const slash = target.segments.at(-1) === '';
      let info = await stat(file).catch(() => null);
      if (slash && info?.isFile()) return refuse(404, 'not found'); // a file is never a folder
      if (info?.isDirectory()) {
        // Pages live at addresses that end with a slash (trailingSlash: 'always'), as on a static host.
        const search = target.query ? `?${target.query}` : '';
        const location = `${target.canonical}/${search}`;
        if (!slash) return reply(301, { ...HARDENING, 'content-security-policy': STRICT, location }, undefined, 0);
        file = path.join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) {
        // An address of a page (no file extension) gets the site's own 404 page, as a static host serves it.
        const page = path.extname(target.canonical)
          ? null
          : await readFile(path.join(base, '404.html')).catch(() => null);
        if (!page) return refuse(404, 'not found');
        const headers = { ...HARDENING, 'content-security-policy': STRICT, 'cache-control': 'no-cache' };
        return reply(404, { ...headers, 'content-type': MIME['.html'] }, page);
      }

      const ext = path.extname(file).toLowerCase();
      const facts = await factsOf(file, info);
      const compressible = COMPRESSIBLE.has(ext);
      const asked = req.headers.range;
      const gzipped = compressible && asked === undefined && acceptsGzip(req.headers['accept-encoding']);
      const etag = gzipped ? gzipTag(facts.etag) : facts.etag;
      let headers: http.OutgoingHttpHeaders = {
        ...HARDENING,
        'content-security-policy': ext === '.html' ? facts.policy : FILE_POLICY,
        'content-type': MIME[ext] ?? 'application/octet-stream',
        'cache-control': cacheControl(target.canonical),
        etag,
        'accept-ranges': 'bytes',
        ...(compressible ? { vary: 'accept-encoding' } : {}),
      };
      // Embed pages are made for other sites to frame.
      if (ext === '.html' && isEmbedPage(target.canonical)) headers = embedHeaders(headers);
      if (matchesAny(req.headers['if-none-match'], etag)) return reply(304, headers);

      if (asked !== undefined && ifRangeHolds(String(req.headers['if-range'] ?? ''), facts.etag)) {
        const range = parseRange(asked, info.size);
        if (range.kind === 'unsatisfiable')
          return reply(416, { ...headers, 'content-range': `bytes */${info.size}` }, Buffer.alloc(0));
        if (range.kind === 'part') {
          const length = range.end - range.start + 1;
          const part = method === 'HEAD' ? undefined : await readPart(file, range.start, length);
          const partHeaders = { ...headers, 'content-range': `bytes ${range.start}-${range.end}/${info.size}` };
          return reply(206, partHeaders, part, length);
        }
      }
      if (gzipped) {
        if (!facts.gzipped) {
          facts.gzipped = readFile(file).then((bytes) => gzipAsync(bytes, { level: 6 }));
          facts.gzipped.catch(() => (facts.gzipped = undefined));
        }
        return reply(200, { ...headers, 'content-encoding': 'gzip' }, await facts.gzipped);
      }
      return reply(200, headers, method === 'HEAD' ? undefined : await readFile(file), info.size);
    } catch {
      // A file that vanished or could not be read: the error's text stays on the server.
      if (res.headersSent) res.destroy();
      else refuse(500, 'internal error');
    }
  });
}

async function readFacts(file: string, policyOf: (html: string) => string): Promise<FileFacts> {
  if (file.endsWith('.html')) {
    const bytes = await readFile(file);
    return { etag: tagOf(createHash('sha256').update(bytes)), policy: policyOf(bytes.toString('utf8')) };
  }
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return { etag: tagOf(hash), policy: FILE_POLICY };
}

const tagOf = (hash: ReturnType<typeof createHash>) => `"${hash.digest('base64url').slice(0, 27)}"`;

async function readPart(file: string, start: number, length: number): Promise<Buffer> {
  // Only the asked bytes are read: a reader of a large Parquet file asks for many small ranges.
  const part = Buffer.alloc(length);
  const handle = await open(file, 'r');
  try {
    await handle.read(part, 0, length, start);
  } finally {
    await handle.close();
  }
  return part;
}

function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((item) => {
    const [coding, ...params] = item.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return coding === 'gzip' && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** If-None-Match compares weakly (RFC 9110 §13.1.2): W/"x" matches "x". */
function matchesAny(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** If-Range compares strongly; a date never matches, because no Last-Modified is sent. */
function ifRangeHolds(header: string, etag: string): boolean {
  return header === '' || header.trim() === etag;
}

/** Starts the server on a free loopback port and returns its origin. */
export async function listen(server: http.Server, port = 0): Promise<string> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

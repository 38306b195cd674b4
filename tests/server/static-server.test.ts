// The preview server against a real folder, over real HTTP: what a correct static host answers.
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE } from '../../scripts/lib/host-headers.ts';
import { createStaticServer, listen, type ServedRequest } from '../../scripts/lib/static-server.ts';
import { contentSecurityPolicy } from '../../src/lib/content-security-policy.ts';
import { ENGINE_DIR, ENGINE_WASM } from '../../src/live/engine-files.ts';
import { tempDir } from '../helpers/build.ts';

const LIVE = contentSecurityPolicy(true);
const STRICT = contentSecurityPolicy(false);
const page = (policy: string, text: string) =>
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}">` +
  `<title>${text}</title></head><body><p>${text}</p></body></html>`;
const PARQUET = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7) % 256));
const SECRET = 'the secret beside the served folder';

const top = tempDir('static-server');
const root = path.join(top, 'site');
let origin: string;
let server: http.Server;
const served: ServedRequest[] = [];

beforeAll(async () => {
  writeFileSync(path.join(top, 'package.json'), SECRET);
  for (const dir of ['_astro', 'duckdb', 'data', 'nguon', 'kham-pha'])
    mkdirSync(path.join(root, dir), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), page(LIVE, 'trang chủ '.repeat(200)));
  writeFileSync(path.join(root, 'nguon/index.html'), page(STRICT, 'nguồn'));
  writeFileSync(path.join(root, 'kham-pha/index.html'), page("default-src *; script-src 'unsafe-eval'", 'other'));
  writeFileSync(path.join(root, '_astro/client.B3sACWnA.js'), 'export const x = 1;\n'.repeat(100));
  mkdirSync(path.join(root, ENGINE_DIR), { recursive: true });
  writeFileSync(path.join(root, ENGINE_WASM), Buffer.concat([Buffer.from('\0asm'), PARQUET]));
  writeFileSync(path.join(root, 'data/observations.parquet'), PARQUET);
  writeFileSync(path.join(root, 'data/manifest.json'), JSON.stringify({ files: ['observations.parquet'] }));
  writeFileSync(path.join(root, 'data/empty.csv'), '');
  server = createStaticServer(root, (r) => served.push(r));
  origin = await listen(server);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** What the server's log says it sent. */
  logged: ServedRequest;
}

/** A request sent exactly as written (no URL normalization, unlike fetch), and the server's log line. */
function request(target: string, method = 'GET', headers: http.OutgoingHttpHeaders = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const before = served.length;
    const req = http.request(`${origin}/`, { method, path: target, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          headers: res.headers,
          body: Buffer.concat(chunks),
          logged: served[before]!,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** The raw bytes of a response, to see that nothing follows a HEAD response's headers. */
function rawExchange(head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(new URL(origin).port), '127.0.0.1', () => socket.write(head));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', reject);
  });
}

describe('byte ranges', () => {
  it('answers a satisfiable range with 206 and exactly those bytes', async () => {
    const cases: Array<[string, number, number]> = [
      ['bytes=0-9', 0, 9],
      ['bytes=990-5000', 990, 999],
      ['bytes=-10', 990, 999],
      ['bytes=-5000', 0, 999],
      ['bytes=500-', 500, 999],
      ['bytes=999-999', 999, 999],
    ];
    for (const [range, start, end] of cases) {
      const r = await request('/data/observations.parquet', 'GET', { range });
      expect(r.status, range).toBe(206);
      expect(r.headers['content-range'], range).toBe(`bytes ${start}-${end}/1000`);
      expect(r.body.equals(PARQUET.subarray(start, end + 1)), range).toBe(true);
      expect(r.logged.bytes).toBe(end - start + 1);
    }
  });

  it('answers a range that selects no byte with 416 and Content-Range: bytes */size', async () => {
    for (const range of ['bytes=5-2', 'bytes=-0', 'bytes=99999999-', 'bytes=1000-', 'bytes=1000-2000']) {
      const r = await request('/data/observations.parquet', 'GET', { range });
      expect(r.status, range).toBe(416);
      expect(r.headers['content-range'], range).toBe('bytes */1000');
      expect(r.body.length).toBe(0);
    }
    const empty = await request('/data/empty.csv', 'GET', { range: 'bytes=0-' });
    expect([empty.status, empty.headers['content-range']]).toEqual([416, 'bytes */0']);
  });

  it('sends the whole body for several ranges, another unit or a malformed header', async () => {
    for (const range of ['bytes=0-1,5-6', 'items=0-5', 'bytes=abc', 'bytes=-', 'bytes 0-5']) {
      const r = await request('/data/observations.parquet', 'GET', { range });
      expect(r.status, range).toBe(200);
      expect(r.body.equals(PARQUET), range).toBe(true);
    }
  });

  it('sends the whole body when If-Range names another version of the file', async () => {
    const { headers } = await request('/data/observations.parquet');
    const same = await request('/data/observations.parquet', 'GET', { range: 'bytes=0-9', 'if-range': headers.etag });
    const other = await request('/data/observations.parquet', 'GET', { range: 'bytes=0-9', 'if-range': '"old"' });
    expect([same.status, other.status]).toEqual([206, 200]);
  });
});

describe('malformed addresses and methods', () => {
  it('answers a malformed address with 400, never the error or a file outside the folder', async () => {
    const targets = [
      '/%E0%A4%A',
      '/%FF',
      '/%',
      '/%00',
      '/index.html%00.js',
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/package.json',
      '/data/../../package.json',
      '/data/%2e%2e/%2e%2e/package.json',
      '/./index.html',
      '/data%2f..%2f..%2fpackage.json',
      '/..%5cpackage.json',
      '/%0a',
      'http://example.com/index.html',
    ];
    for (const target of targets) {
      const r = await request(target);
      expect(r.status, target).toBe(400);
      expect(r.body.toString(), target).toBe('bad request\n');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('answers other methods than GET and HEAD with 405 and Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const r = await request('/index.html', method);
      expect(r.status, method).toBe(405);
      expect(r.headers.allow).toBe('GET, HEAD');
    }
  });

  it('never answers 500 nor shows an error, whatever the address and range', async () => {
    const ascii = fc.constantFrom(..."abc/.%2eE0A4F5c\\?#&=:;@~-_+!$'()*,0".split(''));
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: ascii, maxLength: 24 }), fc.string({ maxLength: 16 }), async (tail, range) => {
        const r = await request(`/${tail}`, 'GET', { range: `bytes=${range.replace(/[^\x20-\x7e]/g, '')}` });
        expect(r.status).not.toBe(500);
        if (r.status >= 400) expect(r.body.toString()).toMatch(/^(bad request|not found)\n$/);
        expect(r.body.toString()).not.toContain(SECRET);
      }),
      { numRuns: 300 },
    );
  });

  it('sends an address that names a folder to its slash form, and never to another host', async () => {
    const r = await request('/nguon?x=1');
    expect([r.status, r.headers.location]).toEqual([301, '/nguon/?x=1']);
    expect((await request('//nguon')).headers.location).toBe('/nguon/');
    expect((await request('/nguon/')).status).toBe(200);
    expect((await request('/index.html/')).status).toBe(404);
    expect((await request('/missing.js')).status).toBe(404);
  });
});

describe('the site’s own 404 page', () => {
  it('answers a page address with no page by 404.html, status 404; a missing file stays plain', async () => {
    const site = path.join(tempDir('static-404'), 'site');
    mkdirSync(site, { recursive: true });
    writeFileSync(path.join(site, '404.html'), page(STRICT, 'Không tìm thấy trang'));
    const own = createStaticServer(site);
    const at = await listen(own);
    try {
      const missing = await fetch(`${at}/khong-co-trang-nay/`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(missing.headers.get('content-security-policy')).toBe(STRICT);
      expect(await missing.text()).toContain('Không tìm thấy trang');
      const file = await fetch(`${at}/missing.js`);
      expect([file.status, await file.text()]).toEqual([404, 'not found\n']);
    } finally {
      await new Promise<void>((resolve) => own.close(() => resolve()));
    }
  });
});

describe('HEAD', () => {
  it('sends the headers of GET, the whole body’s length, and no body; the log counts 0 bytes', async () => {
    for (const headers of [{}, { 'accept-encoding': 'gzip' }]) {
      for (const target of ['/', '/data/observations.parquet', ENGINE_WASM]) {
        const get = await request(target, 'GET', headers);
        const head = await request(target, 'HEAD', headers);
        expect(head.status).toBe(200);
        expect(head.headers['content-length']).toBe(String(get.body.length));
        expect(head.headers.etag).toBe(get.headers.etag);
        expect(head.headers['content-encoding']).toBe(get.headers['content-encoding']);
        expect([head.logged.method, head.logged.bytes]).toEqual(['HEAD', 0]);
        expect([get.logged.method, get.logged.bytes]).toEqual(['GET', get.body.length]);
      }
    }
    const raw = await rawExchange('HEAD /data/observations.parquet HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(raw).toMatch(/^HTTP\/1\.1 200 /);
    expect(raw).toMatch(/\r\ncontent-length: 1000\r\n/i);
    expect(raw.endsWith('\r\n\r\n')).toBe(true); // nothing after the headers
    const ranged = await request('/data/observations.parquet', 'HEAD', { range: 'bytes=0-9' });
    expect([ranged.status, ranged.headers['content-length'], ranged.logged.bytes]).toEqual([206, '10', 0]);
  });
});

describe('validation and caching', () => {
  it('gives a strong ETag, and answers If-None-Match with 304 and no body', async () => {
    const first = await request('/data/manifest.json');
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    for (const tag of [first.headers.etag!, `W/${first.headers.etag}`, `"other", ${first.headers.etag}`, '*']) {
      const again = await request('/data/manifest.json', 'GET', { 'if-none-match': tag });
      expect(again.status, tag).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.logged.bytes).toBe(0);
      expect(again.headers.etag).toBe(first.headers.etag);
      expect(again.headers['cache-control']).toBe(REVALIDATE);
    }
    expect((await request('/data/manifest.json', 'GET', { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('changes the ETag when the bytes change, and with the encoding', async () => {
    const file = path.join(root, 'data/changing.json');
    writeFileSync(file, '{"v":1}');
    const before = await request('/data/changing.json');
    writeFileSync(file, '{"v":2}');
    const after = await request('/data/changing.json', 'GET', { 'if-none-match': before.headers.etag });
    expect(after.status).toBe(200);
    expect(after.body.toString()).toBe('{"v":2}');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const gzipped = await request('/data/changing.json', 'GET', { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe('{"v":2}');
    expect(gzipped.headers.etag).not.toBe(after.headers.etag);
    const noGzip = await request('/data/changing.json', 'GET', { 'accept-encoding': 'gzip;q=0, br' });
    expect(noGzip.headers['content-encoding']).toBeUndefined();
  });

  it('keeps hashed assets and the versioned engine a year, and revalidates pages and data', async () => {
    writeFileSync(path.join(root, 'duckdb/duckdb-eh.wasm'), '\0asm'); // a copy outside a version's folder
    const expected: Array<[string, string]> = [
      ['/_astro/client.B3sACWnA.js', IMMUTABLE],
      [ENGINE_WASM, IMMUTABLE],
      ['/', REVALIDATE],
      ['/nguon/', REVALIDATE],
      ['/data/observations.parquet', REVALIDATE],
      ['/data/manifest.json', REVALIDATE],
      ['/duckdb/duckdb-eh.wasm', REVALIDATE],
    ];
    expect(ENGINE_WASM).toMatch(/^\/duckdb\/\d+\.\d+\.\d+\/duckdb-eh\.wasm$/);
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
    expect(REVALIDATE).toBe('no-cache');
    for (const [target, cache] of expected) {
      const r = await request(target);
      expect(r.headers['cache-control'], target).toBe(cache);
      expect(r.headers.etag, target).toBeTruthy();
    }
  });

  it('types and compresses as a host must: application/wasm gzipped, Parquet as it is', async () => {
    const wasm = await request(ENGINE_WASM, 'GET', { 'accept-encoding': 'gzip, deflate' });
    expect(wasm.headers['content-type']).toBe('application/wasm');
    expect([wasm.headers['content-encoding'], wasm.headers.vary]).toEqual(['gzip', 'accept-encoding']);
    const parquet = await request('/data/observations.parquet', 'GET', { 'accept-encoding': 'gzip' });
    expect(parquet.headers['content-type']).toBe('application/vnd.apache.parquet');
    expect(parquet.headers['content-encoding']).toBeUndefined();
  });
});

describe('security headers', () => {
  it('sends each page the Content-Security-Policy its <meta> states, and the strict one otherwise', async () => {
    expect((await request('/')).headers['content-security-policy']).toBe(LIVE);
    expect((await request('/nguon/')).headers['content-security-policy']).toBe(STRICT);
    // A page stating a policy that is not one of the site's gets the strict one, not its own.
    expect((await request('/kham-pha/')).headers['content-security-policy']).toBe(STRICT);
    // Workers take their policy from their own response: the engine's worker may compile WebAssembly.
    expect((await request('/_astro/client.B3sACWnA.js')).headers['content-security-policy']).toBe(LIVE);
  });

  it('sends the hardening headers with every answer, errors included', async () => {
    for (const [target, method] of [
      ['/', 'GET'],
      ['/data/observations.parquet', 'HEAD'],
      ['/%00', 'GET'],
      ['/missing', 'GET'],
      ['/', 'POST'],
    ] as const) {
      const { headers } = await request(target, method);
      expect(headers['x-content-type-options'], target).toBe('nosniff');
      expect(headers['referrer-policy'], target).toBe('strict-origin-when-cross-origin');
      expect(headers['x-frame-options'], target).toBe('SAMEORIGIN');
      expect(headers['cross-origin-opener-policy'], target).toBe('same-origin');
      expect(headers['permissions-policy'], target).toContain('camera=()');
      expect(headers['content-security-policy'], target).toContain("default-src 'self'");
    }
  });
});

// The built site as the preview server hosts it: each page's policy as a header, and a browser's cache
// that makes a second visit cheap (issue 15).
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPersistentChromium } from '../../scripts/lib/browser.ts';
import { isEmbedPage } from '../../scripts/lib/host-headers.ts';
import { createStaticServer, listen, type ServedRequest } from '../../scripts/lib/static-server.ts';
import { tempDir } from '../helpers/build.ts';
import { ENGINE_DIR } from '../../src/live/engine-files.ts';
import { liveResult } from './site.ts';

const served: ServedRequest[] = [];
const server = createStaticServer('dist', (r) => served.push(r));
let origin: string;
beforeAll(async () => {
  origin = await listen(server);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const sum = (list: readonly ServedRequest[]) => list.reduce((bytes, r) => bytes + r.bytes, 0);

function builtPages(dir = 'dist'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return builtPages(file);
    return entry.name === 'index.html' ? [`/${path.relative('dist', dir)}/`.replace(/^\/\/$/, '/')] : [];
  });
}

describe('each page over HTTP', () => {
  it('sends as its Content-Security-Policy header exactly the policy its <meta> states', async () => {
    const pages = builtPages();
    expect(pages).toContain('/nguon/'); // a page that never starts DuckDB: no 'wasm-unsafe-eval'
    const policies = new Set<string>();
    for (const address of pages) {
      const response = await fetch(`${origin}${address}`);
      const html = await response.text();
      const meta = new JSDOM(html).window.document.querySelector('meta[http-equiv="Content-Security-Policy"]');
      // An embed page's header adds who may frame it, which a <meta> cannot say.
      const framing = isEmbedPage(address) ? '; frame-ancestors *' : '';
      expect(response.headers.get('content-security-policy'), address).toBe(
        `${meta?.getAttribute('content')}${framing}`,
      );
      policies.add(meta!.getAttribute('content')!);
    }
    expect(policies.size).toBe(2);
  });
});

describe('a warm reload', () => {
  it('of Explore fetches under 50 KB (persistent browser profile)', async () => {
    const profile = tempDir('chromium-profile');
    // A selection in the address starts DuckDB-wasm and loads the data at once.
    const address = `${origin}/kham-pha/?ind=mediation_success_rate&geo=province&ptype=years&from=2023&to=2023`;
    const visit = async () => {
      const context = await launchPersistentChromium(profile, { viewport: { width: 1280, height: 900 } });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(address, { waitUntil: 'networkidle' });
        await liveResult(page);
        expect(await page.locator('#result tbody tr').count()).toBeGreaterThan(0);
      } finally {
        await context.close();
      }
    };
    try {
      served.length = 0;
      await visit();
      const cold = served.splice(0);
      expect(sum(cold)).toBeGreaterThan(1_000_000); // the engine and the data came over the wire once
      await visit();
      const warm = served.splice(0);
      const summary = warm.map((r) => `${r.status} ${r.bytes} ${r.path}`).join('\n');
      expect(sum(warm), summary).toBeLessThan(50_000);
      // Hashed assets and the versioned engine are not even asked for; pages and data are revalidated.
      expect(
        warm.filter((r) => r.path.startsWith('/_astro/') || r.path.startsWith(ENGINE_DIR)),
        summary,
      ).toEqual([]);
      expect(warm.find((r) => r.path === '/data/manifest.json')?.status, summary).toBe(304);
      console.log(`Explore: cold ${sum(cold)} bytes in ${cold.length} responses; warm ${sum(warm)} bytes:\n${summary}`);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    // Two browser launches, each compiling the 34 MB engine: past the default 60 s on a loaded 2-core machine.
  }, 150_000);
});

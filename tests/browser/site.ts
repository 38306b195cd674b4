import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { createStaticServer, listen, type ServedRequest } from '../../scripts/lib/static-server.ts';
import { parseState, serializeState } from '../../src/explore/state.ts';

/** The built site (npm test builds it first) on a loopback server, and a real Chromium. */
export interface Site {
  origin: string;
  browser: Browser;
  served: ServedRequest[];
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
  const served: ServedRequest[] = [];
  const server = createStaticServer('dist', (r) => served.push(r));
  const origin = await listen(server);
  const browser = await launchChromium();
  return {
    origin,
    browser,
    served,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A page that records every request it makes, wherever it goes. */
export async function openPage(
  site: Site,
  path: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; requests: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url())); // the context sees workers' requests too
  page.on('pageerror', (error) => requests.push(`pageerror:${error.message}`));
  await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
  return { page, requests };
}

/**
 * A browser context for the tests of one block that need no fresh state of their own (no storage, cache, offline
 * or reload checks): each test opens its own page in it with `openIn` and closes that page. Creating a context
 * per page cost about a second each under load.
 */
export function sharedContext(site: Site, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
}

/**
 * A new page in a shared context, recording its own requests (the page's, not a worker's: use `openPage` where
 * a test counts a worker's requests). `load` is enough where no script runs (JavaScript off): nothing can ask
 * for more once the page has loaded, so the half second of network quiet `networkidle` waits for adds nothing.
 */
export async function openIn(
  context: BrowserContext,
  site: Site,
  path: string,
  waitUntil: 'load' | 'networkidle' = 'networkidle',
): Promise<{ page: Page; requests: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => requests.push(`pageerror:${error.message}`));
  await page.goto(`${site.origin}${path}`, { waitUntil });
  return { page, requests };
}

/** Requests that left the local server (data: URIs are in-page, not requests out). */
export function outsideRequests(site: Site, requests: readonly string[]): string[] {
  return requests.filter((url) => !url.startsWith(`${site.origin}/`) && !url.startsWith('data:'));
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page as it stands and returns its serious and critical violations. The page's
 * context needs `bypassCSP: true`, only so that axe itself can be injected.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  });
}

/** Waits until Explore's result block shows what DuckDB-wasm computed for the address's selection. */
export async function liveResult(page: Page): Promise<void> {
  const key = serializeState({ ...parseState(new URL(page.url()).search), sql: '' });
  await page.waitForFunction(
    (k) => {
      const block = document.querySelector<HTMLElement>('#result');
      return block?.dataset.live === 'true' && !block.hasAttribute('aria-busy') && (block.dataset.state ?? '') === k;
    },
    key,
    { timeout: 60_000 },
  );
}

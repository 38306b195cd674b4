import { existsSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { createStaticServer, listen, type ServedRequest } from '../../scripts/lib/static-server.ts';

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
    origin, browser, served,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A page that records every request it makes, wherever it goes. */
export async function openPage(site: Site, path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; requests: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url())); // the context sees workers' requests too
  page.on('pageerror', (error) => requests.push(`pageerror:${error.message}`));
  await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
  return { page, requests };
}

/** Requests that left the local server (data: URIs are in-page, not requests out). */
export function outsideRequests(site: Site, requests: readonly string[]): string[] {
  return requests.filter((url) => !url.startsWith(`${site.origin}/`) && !url.startsWith('data:'));
}

import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../../scripts/lib/static-server.ts';
import { openPage, seriousViolations, startSite, type Site } from './site.ts';

// A figure embedded on another site: the host page is served from a second loopback origin (another port), with
// the code the figure's "Embed" action gives, and frames the embed page of the site under test. The host is a plain
// server with no policy of its own (the site's server would give host.html the site's strict policy).
let site: Site;
let host: { origin: string; server: http.Server; page: string };
beforeAll(async () => {
  site = await startSite();
  const server = http.createServer((req, res) => {
    const found = req.url === '/host.html';
    res.writeHead(found ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(found ? host.page : 'not found');
  });
  host = { origin: await listen(server), server, page: '' };
});
afterAll(async () => {
  await site?.close();
  if (host) await new Promise((resolve) => host.server.close(resolve));
});

/** The code in a figure block's "Embed" action, as a reader copies it from the page. */
async function embedCodeFrom(pagePath: string, figure: string): Promise<string> {
  const { page } = await openPage(site, pagePath, { permissions: ['clipboard-read', 'clipboard-write'] });
  const block = page.locator(`section.figure-block[data-figure="${figure}"] details.embed`);
  await block.locator('summary').click();
  await block.locator('button.cite-copy').click();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toBe(await block.locator('textarea').inputValue());
  await page.context().close();
  return code;
}

describe('embeds', () => {
  it('gives each figure block the iframe code of its embed page, complete with the site origin', async () => {
    const code = await embedCodeFrom('/hoa-giai/', 'mediation-map');
    expect(code).toContain(`<iframe src="${site.origin}/nhung/mediation-map/"`);
    expect(code).toContain('tuphap:height');
    expect(await embedCodeFrom('/en/indicators/thads_case_rate/', 'indicator-map')).toContain(
      `src="${site.origin}/en/embed/thads_case_rate-map/"`,
    );
  });

  for (const [pagePath, figure] of [
    ['/hoa-giai/', 'mediation-map'],
    ['/en/thi-hanh-an/', 'enforcement'],
  ] as const) {
    it(`fits the frame to its content on a host page of another origin, asks nothing else (${figure})`, async () => {
      const code = await embedCodeFrom(pagePath, figure);
      host.page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A host</title><link rel="icon" href="data:,"></head><body style="margin:0"><div style="width:420px">
<p>A news article that embeds a figure.</p>${code}<p>After the figure.</p></div></body></html>`;
      const context = await site.browser.newContext({ viewport: { width: 1024, height: 800 } });
      const requests: string[] = [];
      const problems: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      context.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
      await page.goto(`${host.origin}/host.html`, { waitUntil: 'networkidle' });
      const iframe = page.locator('iframe[data-tuphap-embed]');
      const frame = page.frames().find((f) => f.url().startsWith(site.origin))!;
      expect(frame, 'the embed page is framed').toBeTruthy();
      const fits = async () => {
        const [height, content] = await Promise.all([
          iframe.evaluate((el) => el.getBoundingClientRect().height),
          frame.evaluate(() => document.documentElement.scrollHeight),
        ]);
        return { height, content, fits: Math.abs(height - content) <= 3 };
      };
      await expect.poll(async () => (await fits()).fits, { timeout: 10_000 }).toBe(true);
      const first = await fits();
      expect(first.height).toBeGreaterThan(100);
      expect(first.height).not.toBe(640); // the code's first height: the page has said its own
      // The chart, its source line and the link back are in the frame.
      expect(await frame.locator('[data-part="chart"] svg').count()).toBeGreaterThan(0);
      expect(await frame.locator('[data-part="sources"] a[href^="http"]').count()).toBeGreaterThan(0);
      expect(await frame.locator(`.embed-footer a[href$="#${figure}"]`).count()).toBe(1);
      // Opening the table view makes the content taller: the frame follows.
      await frame.locator('[data-part="details"] summary').click();
      await expect.poll(async () => (await fits()).height, { timeout: 10_000 }).toBeGreaterThan(first.height + 50);
      await expect.poll(async () => (await fits()).fits, { timeout: 10_000 }).toBe(true);
      const own = [site.origin, host.origin].map((o) => `${o}/`);
      expect(requests.filter((url) => !own.some((o) => url.startsWith(o)) && !url.startsWith('data:'))).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('keeps the strict policy in the embed page and lets any site frame it by the host headers', async () => {
    const { page } = await openPage(site, '/nhung/tasks/');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/default-src 'self'; script-src 'self'; /);
    const embed = (await page.request.get(`${site.origin}/nhung/tasks/`)).headers();
    expect(embed['content-security-policy']).toBe(`${policy}; frame-ancestors *`);
    expect(embed['x-frame-options']).toBeUndefined();
    const topic = (await page.request.get(`${site.origin}/nhiem-vu/`)).headers();
    expect(topic['content-security-policy']).not.toContain('frame-ancestors *');
    expect(topic['x-frame-options']).toBe('SAMEORIGIN');
    await page.context().close();
  });

  it('passes axe on an embed page and on a figure block with its Embed action open', async () => {
    const embed = await openPage(site, '/nhung/mediation-map/', { bypassCSP: true });
    expect(await seriousViolations(embed.page)).toEqual([]);
    await embed.page.context().close();
    const { page } = await openPage(site, '/en/hoa-giai/', { bypassCSP: true });
    await page.locator('section[data-figure="mediation-ranking"] details.embed summary').click();
    expect(await page.locator('section[data-figure="mediation-ranking"] textarea').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('is readable without JavaScript: chart, title, source and the way back', async () => {
    const { page } = await openPage(site, '/en/embed/mediation-ranking/', { javaScriptEnabled: false });
    expect(await page.locator('h1').textContent()).toMatch(/\d/);
    expect(await page.locator('[data-part="chart"] svg').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-part="sources"]').textContent()).toMatch(/^Sources?: /);
    expect(await page.locator('.embed-footer a').getAttribute('href')).toBe('/en/hoa-giai/#mediation-ranking');
    await page.context().close();
  });
});

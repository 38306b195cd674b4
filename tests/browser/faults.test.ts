import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES, pagePath } from '../../src/i18n/routes.ts';
import { ui } from '../../src/i18n/ui.ts';
import { useTranslations } from '../../src/i18n/messages.ts';
import { MANIFEST_META, RELEASE_META, type Manifest } from '../../src/lib/integrity.ts';
import { openParquetDb } from '../../src/build/db.ts';
import { formatBound, formatPercent } from '../../src/lib/format.ts';
import type { Bound } from '../../src/lib/numbers.ts';
import type { BrowserContext, Page } from 'playwright-core';
import { openIn, sharedContext, startSite, type Site } from './site.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

/** Changes the measure on the enforcement page, with the given requests broken, and waits for the outcome. */
async function breakAndInteract(route: (page: Page) => Promise<unknown>) {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await route(page);
  // Without the states rendered at build (as under `astro dev`), a control falls back to DuckDB-wasm.
  await page.route('**/states/**', (r) => r.fulfill({ status: 404, body: 'not found' }));
  await page.goto(`${site.origin}/thi-hanh-an/`, { waitUntil: 'networkidle' });
  const title = await page.locator('#enforcement [data-part="title"]').textContent();
  await page.locator('[data-figure="enforcement"] select[name="measure"]').selectOption('money');
  await page.locator('#enforcement[data-live-error]').waitFor({ timeout: 60_000 });
  const result = {
    error: await page.locator('#enforcement').getAttribute('data-live-error'),
    status: await page.locator('[data-live-status]').textContent(),
    title: await page.locator('#enforcement [data-part="title"]').textContent(),
    before: title,
    charts: await page.locator('#enforcement .chart svg').count(),
    refusal: [...new Set(await page.locator('p[data-data-refused]').allTextContents())].join(),
    disabled: await page.locator('[data-figure="enforcement"] select[name="measure"]').isDisabled(),
    errors: errors.join('\n'),
  };
  await context.close();
  return result;
}

const original = readFileSync('dist/data/observations.parquet');

describe('the site under faults keeps the published figures and says what went wrong', () => {
  it('refuses a Parquet file with one changed byte', async () => {
    const changed = Buffer.from(original);
    changed[Math.floor(changed.length / 2)]! ^= 0x01;
    const r = await breakAndInteract((page) =>
      page.route('**/data/observations.parquet', (route) => route.fulfill({ body: changed })),
    );
    expect(r).toMatchObject({ error: 'IntegrityError', status: ui('vi').integrityError, title: r.before, charts: 2 });
  });

  it('refuses a truncated data file', async () => {
    const r = await breakAndInteract((page) =>
      page.route('**/data/sources.parquet', (route) => route.fulfill({ body: original.subarray(0, 1000) })),
    );
    expect(r).toMatchObject({ error: 'IntegrityError', status: ui('vi').integrityError, title: r.before });
  });

  it('says so when a data file is missing', async () => {
    const r = await breakAndInteract((page) =>
      page.route('**/data/observations.parquet', (route) => route.fulfill({ status: 404, body: 'not found' })),
    );
    expect(r).toMatchObject({ error: 'DataFileError', status: ui('vi').dataError, title: r.before, charts: 2 });
  });

  it('says so when DuckDB-wasm cannot load', async () => {
    const r = await breakAndInteract((page) => page.route('**/duckdb-eh.wasm', (route) => route.abort()));
    expect(r.status).toBe(ui('vi').liveError);
    expect(r.title).toBe(r.before);
    expect(r.charts).toBe(2);
  });
});

const manifestBytes = readFileSync('dist/data/manifest.json');
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const builtHash = sha256(manifestBytes);

/** manifest.json rewritten as a forger would, in the build's own layout. */
function forgeManifest(change: (m: Manifest) => void): string {
  const manifest = JSON.parse(manifestBytes.toString('utf8')) as Manifest;
  change(manifest);
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Serves a forged manifest, and with `html`, pages whose manifest hash the forger rewrote to match. */
async function forge(page: Page, manifest: string, options: { file?: Buffer; html?: boolean } = {}) {
  await page.route('**/data/manifest.json', (route) => route.fulfill({ body: manifest }));
  if (options.file) await page.route('**/data/observations.parquet', (route) => route.fulfill({ body: options.file }));
  if (options.html)
    await page.route(
      (url) => url.pathname.endsWith('/'),
      async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(builtHash, sha256(manifest));
        await route.fulfill({ response, body });
      },
    );
}

describe('the manifest is bound to the pages built with it', () => {
  it('every page carries the SHA-256 of the manifest.json served beside it, and the release id', () => {
    const release = JSON.parse(readFileSync('dist/data/release.json', 'utf8')) as { id: string };
    const pages = (readdirSync('dist', { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const html = readFileSync(path.join('dist', file), 'utf8');
      expect(html, file).toContain(`<meta name="${MANIFEST_META}" content="${builtHash}">`);
      expect(html, file).toContain(`<meta name="${RELEASE_META}" content="${release.id}">`);
    }
  });

  const vi = useTranslations('vi').security;
  const refused = { error: 'IntegrityError', status: ui('vi').integrityError, refusal: vi.dataRefused, disabled: true };

  it('refuses a changed data file whose manifest entry was changed to match: not the page’s manifest', async () => {
    const changed = Buffer.from(original);
    changed[Math.floor(changed.length / 2)]! ^= 0x01;
    const manifest = forgeManifest((m) => (m.files['observations.parquet']!.sha256 = sha256(changed)));
    const r = await breakAndInteract((page) => forge(page, manifest, { file: changed }));
    expect(r).toMatchObject({ ...refused, title: r.before, charts: 2 });
    expect(r.errors).toMatch(/manifest\.json: SHA-256 .* is not the .* this page was built with/);
  });

  it('refuses a manifest whose row count was changed', async () => {
    const manifest = forgeManifest((m) => (m.files['observations.parquet']!.rows! -= 1));
    const r = await breakAndInteract((page) => forge(page, manifest));
    expect(r).toMatchObject({ ...refused, title: r.before, charts: 2 });
    expect(r.errors).toMatch(/manifest\.json: SHA-256/);
  });

  it('refuses a changed row count even when the page’s hash was forged to match: DuckDB counts the rows', async () => {
    const manifest = forgeManifest((m) => (m.files['observations.parquet']!.rows! -= 1));
    const r = await breakAndInteract((page) => forge(page, manifest, { html: true }));
    expect(r).toMatchObject({ ...refused, title: r.before, charts: 2 });
    expect(r.errors).toMatch(/observations\.parquet: \d+ rows loaded, the manifest says \d+/);
  });

  it('accepts the data as built: the figure is recomputed in the browser', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.route('**/states/**', (r) => r.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${site.origin}/thi-hanh-an/`, { waitUntil: 'networkidle' });
    await page.locator('[data-figure="enforcement"] select[name="measure"]').selectOption('money');
    await page.locator('#enforcement[data-live="true"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('#enforcement').getAttribute('data-live-error')).toBeNull();
    expect(await page.locator('[data-data-refused]').count()).toBe(0);
    await context.close();
  });

  it('the compare form of a topic page says why in English and switches itself off', async () => {
    const manifest = forgeManifest((m) => (m.files['geo.parquet']!.sha256 = sha256('forged')));
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await forge(page, manifest);
    await page.goto(`${site.origin}${pagePath('mediation', 'en')}`, { waitUntil: 'networkidle' });
    const charts = await page.locator('figure .chart svg').count(); // drawn at build
    const form = page.locator('form[data-compare-form]').first();
    const first = await form.locator('select[name="places"] option').first().getAttribute('value');
    await form.locator('select[name="places"]').selectOption(first!);
    await form.locator('button[type="submit"]').click();
    const notice = page.locator('p[data-data-refused]');
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.textContent()).toBe(useTranslations('en').security.dataRefused);
    expect(await form.locator('button[type="submit"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-compare-result] table').count()).toBe(0);
    expect(await page.locator('figure .chart svg').count()).toBe(charts);
    expect(charts).toBeGreaterThan(0);
    await context.close();
  });

  it('Explore keeps the build’s result, says why in the page’s language and switches its controls off', async () => {
    const manifest = forgeManifest((m) => (m.files['sources.parquet']!.rows! += 1));
    for (const lang of ['vi', 'en'] as const) {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await forge(page, manifest);
      await page.goto(`${site.origin}${pagePath('explore', lang)}`, { waitUntil: 'networkidle' });
      const built = await page.locator('#result [data-part="table"] tbody tr').count();
      await page.locator('#console [data-console-run]').click();
      const notice = page.locator('[data-data-refused]');
      await notice.waitFor({ timeout: 60_000 });
      expect(await notice.textContent()).toBe(useTranslations(lang).security.dataRefused);
      expect(await page.locator('#result [data-part="table"] tbody tr').count()).toBe(built);
      expect(built).toBeGreaterThan(0);
      for (const control of ['#console [data-console-run]', '#explore-filters select[name="geo"]', '#upload-file'])
        expect(await page.locator(control).isDisabled(), `${lang} ${control}`).toBe(true);
      expect(await page.locator('[data-console-error]').isHidden()).toBe(true);
      await context.close();
    }
  }, 180_000);
});

describe('every KPI on every page traces back to a row of observations.parquet and its source', () => {
  const pages = (['vi', 'en'] as const).flatMap((lang) => PAGES.map((id) => ({ lang, path: pagePath(id, lang) })));
  // One context for the block, JavaScript off: no script runs, so no page can leave state for the next.
  let noScript: BrowserContext;
  beforeAll(async () => {
    noScript = await sharedContext(site, { javaScriptEnabled: false });
  });
  afterAll(async () => {
    await noScript?.close();
  });
  it.each(pages)('$path', async ({ lang, path }) => {
    const { page } = await openIn(noScript, site, path, 'load');
    type Card = Record<'indicator' | 'geo' | 'periodStart' | 'periodEnd' | 'sourceId' | 'text' | 'value', string>;
    const cards: Card[] = await page.locator('.kpi').evaluateAll((nodes) =>
      nodes.map(
        (n) =>
          ({
            ...(n as HTMLElement).dataset,
            text: n.textContent ?? '',
            value: n.querySelector('[data-kpi-value]')?.textContent ?? '',
          }) as Card,
      ),
    );
    await page.close();
    if (path === '/' || path === '/en/') expect(cards.length).toBe(4);
    const db = await openParquetDb();
    for (const card of cards) {
      const rows = await db.query<{
        value: number;
        bound: Bound;
        title: string;
      }>(`SELECT o.value, o.bound, s.title FROM observations o JOIN sources s ON s.id = o.source_id
        WHERE o.is_preferred AND o.indicator = '${card.indicator}' AND o.geo_code = '${card.geo}'
          AND o.organisation IS NULL AND o.subdivision IS NULL
          AND o.period_start = DATE '${card.periodStart}' AND o.period_end = DATE '${card.periodEnd}'
          AND o.source_id = '${card.sourceId}'`);
      expect(rows, `${card.indicator} ${card.periodStart}`).toHaveLength(1);
      expect(card.value).toBe(`${formatBound(rows[0]!.bound, lang)}${formatPercent(rows[0]!.value, lang)}`);
      expect(card.text).toContain(rows[0]!.title);
    }
    db.close();
  });
});

describe('Content-Security-Policy', () => {
  it('is declared on every page and nothing the site does violates it, live queries included', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    // No states: the measure is recomputed on DuckDB-wasm, so its WebAssembly runs under the policy.
    await page.route('**/states/**', (r) => r.fulfill({ status: 404, body: 'not found' }));
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    for (const id of PAGES) {
      await page.goto(`${site.origin}${pagePath(id, 'vi')}`, { waitUntil: 'networkidle' });
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toMatch(/default-src 'self'.*script-src 'self'/);
      // only where DuckDB may run
      expect(policy!.includes('wasm-unsafe-eval')).toBe(!['movements', 'sources', 'extract'].includes(id));
      expect(policy).not.toMatch(/https?:|\*/); // no external host
      expect(await page.locator('script:not([src])').count()).toBe(0); // no inline code
    }
    await page.goto(`${site.origin}/thi-hanh-an/`, { waitUntil: 'networkidle' });
    await page.locator('[data-figure="enforcement"] select[name="measure"]').selectOption('money');
    await page.locator('#enforcement[data-live="true"]').waitFor({ timeout: 60_000 });
    expect(violations).toEqual([]);
    await context.close();
  }, 180_000); // every page, then DuckDB-wasm starting on a shared machine
});

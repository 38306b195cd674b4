import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, outsideRequests, seriousViolations, startSite, type Site } from './site.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

describe('cite this', () => {
  it('copies an indicator page citation with one tap, in both languages, with the release and source', async () => {
    const { page, requests } = await openPage(site, '/chi-so/thads_case_rate/', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const cite = page.locator('details[data-cite]').first();
    await cite.locator('summary').click();
    const buttons = cite.locator('button.cite-copy');
    await expect(buttons.count()).resolves.toBe(2);
    await buttons.first().click();
    await expect.poll(() => buttons.first().textContent()).toBe('Đã chép');
    const vi = await page.evaluate(() => navigator.clipboard.readText());
    expect(vi).toMatch(
      /^Kết quả ngành Tư pháp \(\d{4}\)\. Tỷ lệ thi hành xong về việc\. Phát hành \d{4}-\d{2}-\d{2}-[0-9a-f]{7}\./,
    );
    expect(vi).toContain('/chi-so/thads_case_rate/');
    expect(vi).toContain('truy cập ngày');
    expect(vi).toMatch(/Nguồn gốc: .+/);
    await buttons.nth(1).click();
    const en = await page.evaluate(() => navigator.clipboard.readText());
    expect(en).toContain('Civil judgment enforcement completion rate (cases). Release ');
    expect(en).toContain('/en/indicators/thads_case_rate/');
    expect(outsideRequests(site, requests)).toEqual([]);
    expect(requests.filter((r) => r.startsWith('pageerror:'))).toEqual([]);
  });

  it('gives every figure block a citation of that figure, at its address on the page', async () => {
    const { page } = await openPage(site, '/en/hoa-giai/', { bypassCSP: true });
    const figure = page.locator('section.figure-block[data-figure="mediation-ranking"]');
    await figure.locator('details[data-cite] summary').click();
    const text = await figure.locator('.cite-entry[lang="en"] .cite-text').textContent();
    expect(text).toContain('/en/hoa-giai/#mediation-ranking');
    expect(text).toContain(await figure.locator('h3').first().textContent());
    expect(await figure.locator('.cite-entry[lang="vi"] .cite-text').textContent()).toContain(
      '/hoa-giai/#mediation-ranking',
    );
    expect(await seriousViolations(page)).toEqual([]);
  });
});

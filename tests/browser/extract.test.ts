import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build.ts';
import { composeInput, tempDir } from '../helpers/build.ts';
import { openPage, outsideRequests, seriousViolations, startSite, type Site } from './site.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const REPORT = 'tests/fixtures/extract/formats/report.txt';
const SOURCE = {
  id: 'baogialai-review-test',
  title: 'Bộ Tư pháp hoàn thành 104 nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao',
  publisher: 'baogialai.com.vn',
  date: '2024-07-01',
  url: 'https://baogialai.com.vn/bo-tu-phap-hoan-thanh-104-nhiem-vu-chinh-phu-thu-tuong-chinh-phu-giao-post284633.html',
};

async function downloadOf(page: Page, selector: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const file = path.join(tempDir('extract-download'), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

describe('the report reader (review page)', () => {
  it('reads a pasted report, links figures to rows; its CSV passes npm run data with its source', async () => {
    const { page, requests } = await openPage(site, '/kham-pha/trich-xuat/');
    await page.locator('#extract-text').fill(readFileSync(REPORT, 'utf8'));
    await page.locator('#extract-date').fill('2024-07-01');
    await page.getByRole('button', { name: 'Trích xuất', exact: true }).click();
    const rows = page.locator('[data-extract-table] tbody tr[id]');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(5);
    // Each highlighted figure is a link to its row.
    const links = page.locator('[data-extract-text] a.figure');
    expect(await links.count()).toBeGreaterThanOrEqual(4);
    expect(await links.filter({ hasText: '83,4%' }).getAttribute('href')).toMatch(/^#cand-c\d+$/);
    await links.filter({ hasText: '83,4%' }).click();
    const target = await page.evaluate(() => location.hash);
    expect(await page.locator(`${target} select:not([data-decision])`).inputValue()).toBe('mediation_success_rate');

    await page.getByRole('button', { name: 'Chấp nhận tất cả' }).click();
    // One edit: the reviewer reads the heading's count as the same half year.
    const first = rows.first();
    await first.locator('input[aria-label^="Kỳ"]').fill('6 tháng đầu năm 2024');
    await first.locator('input[aria-label^="Từ ngày"]').fill('2024-01-01');
    await first.locator('input[aria-label^="Đến ngày"]').fill('2024-06-30');
    for (const [key, value] of Object.entries(SOURCE)) await page.locator(`#source-${key}`).fill(value);
    const csvFile = await downloadOf(page, '[data-download]');
    const sourceFile = await downloadOf(page, '[data-download-source]');

    // The same rows go to Explore as an upload table, joined with the published figures.
    await page.locator('[data-to-explore]').click();
    await page.waitForURL(/\/kham-pha\/#upload$/);
    await expect
      .poll(() => page.locator('[data-upload-status]').textContent(), { timeout: 60_000 })
      .toBe('Bảng upload_1: 5 dòng hợp lệ, 0 dòng bị loại.');
    // Taken once: a reload of Explore does not load them again.
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(outsideRequests(site, requests)).toEqual([]);
    await page.context().close();

    // The downloaded rows and source, added to the published data unchanged, pass the build.
    const published = tempDir('extract-published');
    writeFileSync(path.join(published, 'reviewed.csv'), readFileSync(csvFile));
    const input = composeInput('data', published);
    const sourceRow = readFileSync(sourceFile, 'utf8')
      .replace(/^\ufeff/, '')
      .split('\n')[1];
    appendFileSync(path.join(input, 'sources.csv'), `${sourceRow}\n`);
    const result = await buildData({ inDir: input, outDir: tempDir('extract-out') });
    expect(result.problems).toEqual([]);
    expect(result.rows.observations).toBeGreaterThan(0);
    const csv = readFileSync(csvFile, 'utf8');
    expect(csv).toContain('tasks_completed_rate,Toàn quốc,,,6 tháng đầu năm 2024,2024-01-01,2024-06-30,104,113');
    expect(csv.split('\n').filter((l) => l.includes(SOURCE.id))).toHaveLength(5);
  });

  it('works with the keyboard alone at phone width, in English, with no serious a11y violation', async () => {
    const { page } = await openPage(site, '/en/kham-pha/trich-xuat/', {
      viewport: { width: 390, height: 844 },
      bypassCSP: true,
    });
    // Tab from the top of the page to the "try a real report" button and press it.
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'Try a real report'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toBe('Try a real report');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-extract-table] tbody tr[id]').count(), { timeout: 10_000 })
      .toBeGreaterThan(3);
    // The first figure link, reached by Tab and followed with Enter, moves to its row.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('figure'))) break;
    }
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toMatch(/^#cand-c\d+$/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('says why a file cannot be read', async () => {
    const { page } = await openPage(site, '/kham-pha/trich-xuat/');
    await page.locator('#extract-file').setInputFiles(path.resolve('tests/fixtures/extract/formats/scan-no-text.pdf'));
    await expect
      .poll(() => page.locator('[data-extract-status]').textContent(), { timeout: 30_000 })
      .toContain('no text layer');
    await page.locator('#extract-file').setInputFiles(path.resolve('tests/fixtures/extract/formats/report.pdf'));
    await expect.poll(() => page.locator('[data-extract-table] tbody tr[id]').count(), { timeout: 30_000 }).toBe(5);
    await page.context().close();
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { tempDir } from '../helpers/build.ts';

// Reading the files a reader downloads: what an exported chart states, and a PNG's size.

/** Clicks a download button and returns the file's bytes and name. */
export async function downloaded(page: Page, selector: string): Promise<{ bytes: Buffer; name: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const file = path.join(tempDir('chart-export'), download.suggestedFilename());
  await download.saveAs(file);
  return { bytes: readFileSync(file), name: download.suggestedFilename() };
}

/** The texts an exported SVG states, by part, as a reader of the file sees them. */
export function exportedTexts(svg: string): Record<string, string> {
  const { document } = new JSDOM(svg, { contentType: 'image/svg+xml' }).window;
  const texts: Record<string, string> = {};
  for (const el of document.querySelectorAll('[data-part]'))
    texts[el.getAttribute('data-part')!] = [...el.querySelectorAll('tspan')].map((s) => s.textContent).join(' ');
  return texts;
}

/** A PNG's pixel width and height from its IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

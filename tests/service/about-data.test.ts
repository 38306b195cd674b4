import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

// The built site (npm test builds it first).
const release = JSON.parse(readFileSync('public/data/release.json', 'utf8'));
const page = (path: string) => new JSDOM(readFileSync(`dist${path}index.html`, 'utf8')).window.document;

describe('about the data', () => {
  it('every page footer names the licence, the latest release with its date, and the update frequency', () => {
    for (const [path, date] of [
      ['/', release.date.split('-').reverse().join('/')],
      ['/en/hoa-giai/', 'Dec'],
      ['/chi-so/mediation_success_rate/', '/'],
    ] as const) {
      const about = page(path).querySelector('footer [data-about-data]');
      expect(about, path).not.toBeNull();
      expect(about!.querySelector('a[rel="license"]')!.getAttribute('href')).toBe(
        'https://creativecommons.org/licenses/by/4.0/',
      );
      const latest = about!.querySelector(`a[href$="/du-lieu/${release.id}/"]`);
      expect(latest, path).not.toBeNull();
      expect(latest!.textContent).toContain(date);
      expect(about!.textContent).toMatch(/Tần suất cập nhật|Update frequency/);
    }
  });

  it('the Sources page names the publishers whose own terms apply', () => {
    const about = page('/nguon/').querySelector('main [data-about-data]');
    expect(about!.textContent).toContain('CC BY 4.0');
    expect(about!.querySelector('.publishers')!.textContent).toContain('thads.moj.gov.vn');
  });
});

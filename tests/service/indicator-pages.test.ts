import { existsSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { query } from '../helpers/duckdb.ts';

// The built site (npm test builds it first).
const release = JSON.parse(readFileSync('public/data/release.json', 'utf8'));
const page = (path: string) => new JSDOM(readFileSync(`dist${path}index.html`, 'utf8')).window.document;

describe('indicator pages', async () => {
  const indicators = (await query(
    `SELECT id FROM 'public/data/indicators.parquet' WHERE kind IN ('rate', 'target') ORDER BY id`,
  )) as Array<{ id: string }>;

  it('exist in both languages for every rate and target, listed on the index pages', () => {
    expect(indicators.map((i) => i.id)).toContain('thads_case_target');
    const index = page('/chi-so/');
    for (const { id } of indicators) {
      expect(existsSync(`dist/chi-so/${id}/index.html`), id).toBe(true);
      expect(page(`/en/indicators/${id}/`).documentElement.lang).toBe('en');
      expect(index.querySelector(`a[href="/chi-so/${id}/"]`), id).not.toBeNull();
    }
  });

  it('carry a schema.org Dataset whose downloads exist', () => {
    for (const { id } of indicators) {
      for (const path of [`/chi-so/${id}/`, `/en/indicators/${id}/`]) {
        const scripts = page(path).querySelectorAll('script[type="application/ld+json"]');
        expect(scripts, path).toHaveLength(1);
        const ld = JSON.parse(scripts[0]!.textContent!);
        expect(ld).toMatchObject({
          '@context': 'https://schema.org',
          '@type': 'Dataset',
          license: 'https://creativecommons.org/licenses/by/4.0/',
          dateModified: release.date,
          version: release.id,
          creator: { '@type': 'Organization' },
        });
        expect(ld.name.length, path).toBeGreaterThan(3);
        expect(ld.description.length, path).toBeGreaterThan(20);
        expect(ld.temporalCoverage).toMatch(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
        expect(ld.spatialCoverage.length).toBeGreaterThan(0);
        expect(ld.distribution.map((d: { encodingFormat: string }) => d.encodingFormat)).toEqual([
          'text/csv',
          'application/json',
          'application/vnd.apache.parquet',
        ]);
        for (const d of ld.distribution)
          expect(existsSync(`dist${new URL(d.contentUrl, 'http://x').pathname}`)).toBe(true);
      }
    }
  });

  it('list every published figure of the indicator with its source', async () => {
    for (const { id } of indicators) {
      const [{ n }] = (await query(
        `SELECT count(*)::INTEGER AS n FROM 'public/data/observations.parquet' WHERE indicator = '${id}'`,
      )) as [{ n: number }];
      const rows = page(`/chi-so/${id}/`).querySelectorAll('table.indicator-figures tbody tr');
      expect(rows, id).toHaveLength(n);
      for (const row of rows) expect(row.lastElementChild!.textContent!.trim(), id).not.toBe('');
    }
  });

  it('are linked from the figures of the topic pages', () => {
    expect(page('/hoa-giai/').querySelector('a[href="/chi-so/mediation_success_rate/"]')).not.toBeNull();
    expect(page('/en/thi-hanh-an/').querySelector('a[href="/en/indicators/thads_case_rate/"]')).not.toBeNull();
    expect(page('/nhiem-vu/').querySelector('a[href="/chi-so/tasks_completed_rate/"]')).not.toBeNull();
  });
});

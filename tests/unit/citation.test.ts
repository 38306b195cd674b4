import { describe, expect, it } from 'vitest';
import { citation, type CitationWords } from '../../src/service/citation.ts';

const words: CitationWords = {
  publisher: 'Kết quả ngành Tư pháp',
  release: (id) => `Phát hành ${id}`,
  accessed: 'truy cập ngày …',
  primary: 'Nguồn gốc',
  moreSources: (n) => `(và các nguồn khác, ${n} nguồn)`,
};
const source = (id: string, kind: string, date: string) => ({ id, title: id, url: null, kind, date });
const sources = [
  source('portal-2022', 'official_portal', '2022-10-21'),
  source('press-2024', 'press', '2024-12-17'),
  source('press-2023', 'press', '2023-07-20'),
  source('repost-2025', 'repost', '2025-01-02'),
];
const cite = (titleSources?: string[], list = sources) =>
  citation(
    {
      title: 'T',
      release: { id: '2026-12-03-abcdef0', date: '2026-12-03' },
      address: '/x',
      sources: list,
      titleSources,
    },
    words,
  ).source!;

describe('the source a citation names', () => {
  it("names the source of the title's figure where not every source is named", () => {
    expect(cite(['press-2024']).items.map((s) => s.title)).toEqual(['press-2024']);
    expect(cite(['press-2024']).more).toBe('(và các nguồn khác, 4 nguồn)');
  });

  it('else names the most authoritative, as the source line under the figure does', () => {
    expect(cite().items.map((s) => s.title)).toEqual(['portal-2022']);
  });

  it('names every source when there are few', () => {
    expect(cite(['press-2024'], sources.slice(0, 2)).items.map((s) => s.title)).toEqual(['portal-2022', 'press-2024']);
  });
});

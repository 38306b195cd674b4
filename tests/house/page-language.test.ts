import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { filesUnder, read, ROOT } from './files.ts';

/** English words that once reached Vietnamese pages: data units and reasons (whole words). */
const ENGLISH_ON_VI = [
  'percent',
  'cases?',
  'tasks?',
  'persons?',
  'flags?',
  'provinces?',
  'teams?',
  'certificates?',
  'collectives?',
  'awards?',
  'rows?',
  'no data',
  'reads as',
  'cannot be combined',
  'without counts',
  'printed',
  'former',
  'Download',
  'Source',
];

/** Vietnamese labels that have an English translation in the catalogue, so must not be on English pages. */
const VIETNAMESE_ON_EN = [
  'Nguồn',
  'Tải CSV',
  'Xem bảng số liệu',
  'không có số liệu',
  'không gộp được',
  'điểm %',
  'tỷ đồng',
  'Năm thống kê',
  'tháng đầu năm',
  'cao nhất',
  'thấp nhất',
  'Toàn quốc',
  'Chỉ tiêu',
  'tỉnh cũ',
];

/**
 * The reader's text of a built page: not code, scripts, the SQL box or text marked as another language
 * (the language switch), and not published source titles and notes, which are quoted as printed.
 */
function readerText(html: string): string {
  const { document } = new JSDOM(html).window;
  const lang = document.documentElement.lang;
  const drop = `script, style, code, pre, textarea, [lang]:not([lang="${lang}"]), a[href^="http"], .quality-list`;
  for (const node of document.querySelectorAll(drop)) node.remove();
  for (const table of document.querySelectorAll('table')) {
    // Columns of source titles are quoted as published.
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    const quoted = heads.flatMap((h, i) => (/^(Nguồn|Source|Tiêu đề|Title|Nơi công bố|Publisher)$/.test(h) ? [i] : []));
    for (const row of table.querySelectorAll('tbody tr')) for (const i of quoted) row.children[i]?.remove();
  }
  return (document.body.textContent ?? '').replace(/\s+/g, ' ');
}

function hits(text: string, words: readonly string[], wholeWords: boolean): string[] {
  return words.flatMap((w) => {
    const pattern = new RegExp(wholeWords ? `(?<![\\p{L}_])${w}(?![\\p{L}_])` : w, 'u');
    const m = pattern.exec(text);
    return m ? [`«${m[0]}» in …${text.slice(Math.max(0, m.index - 60), m.index + 60)}…`] : [];
  });
}

describe('every built page speaks one language', () => {
  const dist = join(ROOT, 'dist');
  it('has a built site to read (npm test builds it first)', () => {
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
  });
  const pages = existsSync(dist) ? filesUnder('dist', ['.html']) : [];
  const vi = pages.filter((p) => !p.startsWith('dist/en/'));
  const en = pages.filter((p) => p.startsWith('dist/en/'));

  it('finds pages in both languages', () => {
    expect(vi.length).toBeGreaterThanOrEqual(7);
    expect(en.length).toBeGreaterThanOrEqual(7);
  });

  it('catches what it looks for', () => {
    expect(hits('Long An: 12 cases', ENGLISH_ON_VI, true)).toHaveLength(1);
    expect(hits('Long An: 12 việc; chỉ tiêu', ENGLISH_ON_VI, true)).toEqual([]);
    expect(hits('Target of 73% met; Năm thống kê 2024', VIETNAMESE_ON_EN, false)).toHaveLength(1);
  });

  for (const page of vi)
    it(`no English unit or reason on ${page}`, () => {
      expect(hits(readerText(read(page)), ENGLISH_ON_VI, true)).toEqual([]);
    });
  for (const page of en)
    it(`no Vietnamese label on ${page}`, () => {
      expect(hits(readerText(read(page)), VIETNAMESE_ON_EN, false)).toEqual([]);
    });
});

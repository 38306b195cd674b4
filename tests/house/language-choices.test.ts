import { describe, expect, it } from 'vitest';
import { filesUnder, read } from './files.ts';

// A page or a view never chooses words by language: it asks the catalogue (src/i18n/vi, src/i18n/en).
const CHOICES: ReadonlyArray<[string, RegExp]> = [
  ['lang compared with a language', /\blang\w*\s*[!=]==?\s*['"](vi|en)['"]/],
  ['a language compared with lang', /['"](vi|en)['"]\s*[!=]==?\s*\w*lang\b/i],
  ['a language test picking a value', /[!=]==?\s*['"](vi|en)['"]\s*\)?\s*\?/],
  ['a `vi` flag', /\bconst\s+vi\s*=|\bvi\s*\?\s*[`'"({\w]|\?\s*vi\b\s*:/],
  ['a document language test', /documentElement\.lang\s*[!=]==?/],
];

/** Files allowed to name a language: the catalogues, the routes, the one name-choosing helper. */
const ALLOWED = [/^src\/i18n\/(vi|en)\//, /^src\/i18n\/routes\.ts$/, /^src\/i18n\/local-name\.ts$/];

/**
 * A file's declared number format (`# locale: vi`) is a property of the data, not the reader's language.
 * The parser's refusal texts are still English in both languages (see the report of issue 16).
 */
const NUMBER_LOCALE = { file: 'src/lib/numbers.ts', line: /\blocale\s*===\s*'vi'/ };

function choicesIn(path: string): string[] {
  const found: string[] = [];
  read(path)
    .split('\n')
    .forEach((line, i) => {
      const code = line.trim();
      if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return;
      if (path === NUMBER_LOCALE.file && NUMBER_LOCALE.line.test(line)) return;
      for (const [what, pattern] of CHOICES) if (pattern.test(line)) found.push(`${path}:${i + 1}: ${what}: ${code}`);
    });
  return found;
}

describe('no inline language choice in src/', () => {
  const files = filesUnder('src', ['.ts', '.astro']).filter((f) => !ALLOWED.some((a) => a.test(f)));

  it('scans the views, pages and the Explore page', () => {
    expect(files).toContain('src/views/ranking.ts');
    expect(files).toContain('src/pages/[...lang]/kham-pha.astro');
    expect(files).toContain('src/explore/present.ts');
  });

  it('finds the choices it looks for', () => {
    const samples = [
      "const vi = lang === 'vi';",
      "label: vi ? 'Bản đồ' : 'Map',",
      "lang === 'vi' ? r.name_vi : r.name_en",
      "{lang === 'en' ? 'Pages' : 'Các trang'}",
      "context.lang === 'vi' ? a : b",
      "document.documentElement.lang === 'en' ? 'en' : 'vi'",
    ];
    for (const sample of samples)
      expect(
        CHOICES.some(([, p]) => p.test(sample)),
        sample,
      ).toBe(true);
    expect(CHOICES.some(([, p]) => p.test('const t = useTranslations(lang).views;'))).toBe(false);
  });

  it('has none', () => {
    expect(files.flatMap(choicesIn)).toEqual([]);
  });
});

import { memoize } from './memo.ts';

/**
 * Folds a name to a key for lookups: NFC/NFD, "Hòa"/"Hoà", case, hyphens and en dashes,
 * dots and extra spaces all fold to the same key. Diacritics are removed (đ → d) so that
 * "Dak Lak", "Đăk Lăk" and "Đắk Lắk" meet; the alias loader checks this causes no collision.
 */
export const foldText: (text: string) => string = memoize(foldTextOnce);

function foldTextOnce(text: string): string {
  return text
    .replace(/[\u00d0\u00f0]/g, 'd') // Ð (Icelandic eth) stands in for Đ in some data, Natural Earth's among them
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[‐-―\-_.,;:'"()/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Letters of scripts whose look-alikes pass for Latin ones: Cyrillic «а» (U+0430) prints as Latin «a».
const LATIN = /\p{Script=Latin}/u;
const LOOK_ALIKE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
/** Zero-width, joiners, BOM, soft hyphen, bidi controls: they print as nothing or reorder the text. */
export const INVISIBLE_RANGES =
  '\\u00ad\\u061c\\u115f\\u1160\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb';
export const INVISIBLE_CHARACTER = new RegExp(`[${INVISIBLE_RANGES}]`, 'u');

/**
 * Why a key (an indicator, place, organisation or source id) cannot be compared safely, or null:
 * an invisible character makes two keys that look the same differ, and a word that mixes Latin
 * with Cyrillic or Greek letters looks like a name it is not («Hа Nội» with a Cyrillic «а»).
 */
export function keyProblem(text: string): string | null {
  const invisible = INVISIBLE_CHARACTER.exec(text);
  if (invisible) return `holds an invisible character (${codePoint(invisible[0])}): retype the name`;
  if (!LOOK_ALIKE.test(text)) return null;
  for (const word of text.match(/\p{L}[\p{L}\p{M}]*/gu) ?? []) {
    if (LATIN.test(word) && LOOK_ALIKE.test(word)) {
      const foreign = [...word].find((c) => LOOK_ALIKE.test(c))!;
      const shown = codePoint(foreign);
      return `mixes Latin with Cyrillic or Greek letters in «${word}» (${shown} looks like a Latin letter)`;
    }
  }
  return null;
}

/** U+200B, for messages: the character itself would show nothing. */
export function codePoint(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

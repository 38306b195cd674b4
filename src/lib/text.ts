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

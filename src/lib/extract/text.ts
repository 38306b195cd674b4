/**
 * The text every offset points into: NFC, one kind of line break, no-break spaces as spaces.
 * Every input format (txt, html, docx, pdf) ends here, so the same words give the same offsets.
 */
export function prepareText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u202f\u2009\u200b\ufeff]/g, (c) => (c === '\u200b' || c === '\ufeff' ? '' : ' '))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Folds text to lower-case letters without diacritics, one output unit per input unit, so that a
 * match in the folded text is at the same offsets in the original (foldText in src/lib/text.ts
 * also folds punctuation and spaces, which moves offsets; the rules here match on this one).
 */
export function foldKeepingOffsets(text: string): string {
  let out = '';
  for (const c of text) {
    let f =
      c === 'đ' || c === 'Đ'
        ? 'd'
        : c
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase();
    if (f.length !== c.length) f = c.length === 1 ? (f[0] ?? c) : c; // keep the length whatever happens
    out += f;
  }
  return out;
}

/** A sentence of the prepared text, with its offsets. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// A full stop after these does not end a sentence ("TP. Cần Thơ", "T.P Hồ Chí Minh", "v.v.").
const ABBREVIATION = /(?:^|[\s(])(?:tp|t\.p|tt|ts|ths|pgs|gs|ông|bà|v\.v|stt|k\.h|q|p)$/i;

/**
 * Splits text into sentences: at line breaks, and at ".", "!", "?" or "…" followed by a space and
 * a capital, digit, quote or bullet. Numbers keep their dots ("1.234,5" has no space after the dot).
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) sentences.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  const boundary = /\n|[.!?…](?=\s+["“(\-–•\d\p{Lu}])/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    push(m.index + m[0].length);
  }
  push(text.length);
  return sentences;
}

/** What a Range header asks of a file of `size` bytes. */
export type RangeAnswer =
  | { kind: 'whole' } // no Range, one the server does not answer (several ranges, another unit), or malformed
  | { kind: 'part'; start: number; end: number } // inclusive
  | { kind: 'unsatisfiable' }; // 416 with `Content-Range: bytes */size`

/**
 * One byte range (RFC 9110 §14): `a-b`, `a-`, `-n`. A range that selects no byte of the file (`5-2`,
 * `-0`, a start past the end, any range of an empty file) is unsatisfiable. Several ranges are answered
 * with the whole body, which the RFC allows.
 */
export function parseRange(header: string | undefined, size: number): RangeAnswer {
  const match = /^bytes=[ \t]*(\d*)-(\d*)[ \t]*$/i.exec(header ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return { kind: 'whole' };
  const [, first, last] = match as unknown as [string, string, string];
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'part', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Number(last);
  if (end < start || start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'part', start, end: Math.min(end, size - 1) };
}

import { INVISIBLE_RANGES } from './text.ts';

/** Where a bad or doubtful value was found, and why. Shared by the build and the browser upload. */
export interface Problem {
  file: string;
  /** 1-based line in the file (the line where the row starts). */
  line: number;
  /** Column name as written in the file's header. */
  column: string;
  value: string;
  reason: string;
}

/** Thrown by the parsers for input they refuse; never anything else. */
export class NormalizeError extends Error {
  override name = 'NormalizeError';
}

/** `file:line: column «value»: reason`, the one format every message uses. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: column ${visible(shorten(p.column))} = «${visible(shorten(p.value))}»: ${p.reason}`;
}

/** A value as long as a screen line at most: a 50 MB cell is named, not printed. */
function shorten(text: string): string {
  return text.length > 200 ? `${text.slice(0, 160)}… (${text.length} characters)` : text;
}

/**
 * Control characters from a file are shown, not obeyed: a cell cannot repaint the terminal, and
 * zero-width or bidi characters cannot hide in a message («Bộ Tư pháp\u200b», «\u202e…» reversing it).
 */
export function visible(text: string): string {
  return text
    .replace(SHOWN_ESCAPED, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\n/g, '\\n');
}

const SHOWN_ESCAPED = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f${INVISIBLE_RANGES}]`, 'g');

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
  return `${p.file}:${p.line}: column ${p.column} = «${p.value}»: ${p.reason}`;
}

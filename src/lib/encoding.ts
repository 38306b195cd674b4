import { NormalizeError } from './problems.ts';

/**
 * Decodes a file's bytes to text. UTF-8 (with or without BOM) is the format; UTF-16 with a BOM,
 * as Excel's "Unicode text" writes, is converted. Anything else is refused, never guessed.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new NormalizeError(`${file}: not UTF-8 text (perhaps Windows-1258 from an old Excel): save it as "CSV UTF-8"`);
  }
}

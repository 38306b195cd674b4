import { NormalizeError } from './problems.ts';

/**
 * The decoder for a file, chosen by its first bytes: UTF-8 (with or without BOM) is the format;
 * UTF-16 with a BOM, as Excel's "Unicode text" writes, is converted. `skip` is the BOM's length.
 * Fatal: bytes that are not UTF-8 are refused, never guessed.
 */
export function decoderFor(firstBytes: Uint8Array): { decoder: TextDecoder; skip: number } {
  if (firstBytes[0] === 0xff && firstBytes[1] === 0xfe) return { decoder: new TextDecoder('utf-16le'), skip: 2 };
  if (firstBytes[0] === 0xfe && firstBytes[1] === 0xff) return { decoder: new TextDecoder('utf-16be'), skip: 2 };
  return { decoder: new TextDecoder('utf-8', { fatal: true }), skip: 0 };
}

export function notUtf8(file: string): NormalizeError {
  return new NormalizeError(`${file}: not UTF-8 text (perhaps Windows-1258 from an old Excel): save it as "CSV UTF-8"`);
}

/** Decodes a whole file's bytes to text (see decoderFor). */
export function decodeText(bytes: Uint8Array, file: string): string {
  const { decoder, skip } = decoderFor(bytes);
  try {
    return decoder.decode(bytes.subarray(skip));
  } catch {
    throw notUtf8(file);
  }
}

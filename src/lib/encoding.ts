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

/**
 * A whole file's text a piece of `pieceBytes` at a time (see decoderFor), for a reader that takes it
 * in pieces anyway (csvPieces): small strings that die young, where decodeText makes one string of
 * the whole file (twice its bytes, for text with Vietnamese letters), fresh memory for every file.
 * Bytes that are not UTF-8 throw notUtf8 when their piece is decoded: check the bytes first where a
 * file must be refused before any of its rows is read.
 */
export function* textPieces(bytes: Uint8Array, file: string, pieceBytes: number): Generator<string> {
  const { decoder, skip } = decoderFor(bytes);
  try {
    for (let at = skip; at < bytes.length; at += pieceBytes)
      yield decoder.decode(bytes.subarray(at, at + pieceBytes), { stream: true });
    yield decoder.decode();
  } catch (error) {
    if (error instanceof TypeError) throw notUtf8(file);
    throw error;
  }
}

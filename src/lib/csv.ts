import Papa from 'papaparse';
import { LOCALES, type Locale } from './numbers.ts';
import { NormalizeError } from './problems.ts';

export interface CsvRow {
  /** 1-based line where the row starts, counting every line of the file. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  file: string;
  locale: Locale;
  delimiter: string;
  header: string[];
  rows: CsvRow[];
}

/** A CSV file read piece by piece: the header and locale are known once the first rows are in. */
export interface CsvStream {
  /** Takes the next piece of text; returns the data rows completed by it. */
  push(text: string): CsvRow[];
  /** The rows left at the end of the file. */
  end(): CsvRow[];
  readonly file: string;
  readonly locale: Locale;
  readonly delimiter: string;
  readonly header: string[] | null;
}

const LOCALE_DIRECTIVE = /^#\s*locale\s*[:=]\s*(\S+)\s*$/i;
const QUOTE = 34;
const NEWLINE = 10;
const HASH = 35;

/**
 * Parses CSV text (UTF-8, BOM allowed, comma or semicolon) with papaparse. Lines that start
 * with `#` are comments; `# locale: vi|en` declares the number format (default `vi`).
 */
export function parseCsv(text: string, file: string, defaultLocale: Locale = 'vi'): CsvTable {
  const stream = createCsvStream(file, defaultLocale);
  const rows: CsvRow[] = [];
  for (const piece of csvPieces(stream, text, Math.max(text.length, 1))) for (const row of piece) rows.push(row);
  return { file, locale: stream.locale, delimiter: stream.delimiter, header: stream.header!, rows };
}

/** Characters (or, for textPieces, bytes) handed to the stream at a time by csvPieces: some three hundred
 * rows of published figures, so the rows of a piece are normalized, staged and let go while they are young
 * (few live through a collection of the young generation: at a million rows, a third less CPU than pieces
 * 16 times larger). */
export const PIECE_LENGTH = 1 << 15;

/**
 * Reads a text through a stream a piece at a time: the rows of each piece, then those left at the end
 * (perhaps none, so a file of a header alone yields once). The stream's header and locale are known
 * from the first rows on. Throws at the end for a file without a header line. `text` is a whole text,
 * cut here into pieces, or its pieces already (textPieces: a file decoded a piece at a time).
 */
export function* csvPieces(
  stream: CsvStream,
  text: string | Iterable<string>,
  pieceLength = PIECE_LENGTH,
): Generator<CsvRow[]> {
  if (typeof text === 'string')
    for (let from = 0; from < text.length; from += pieceLength) yield stream.push(text.slice(from, from + pieceLength));
  else for (const piece of text) yield stream.push(piece);
  yield stream.end();
  if (!stream.header) throw new NormalizeError(`${stream.file}: the file is empty (no header line)`);
}

/**
 * The one CSV reader, for a whole file (parseCsv, the build) and for a file read in pieces (the
 * browser upload of a large file). Pieces are cut after the last newline outside quotes, so
 * papaparse never sees half a row, and line numbers carry on from piece to piece.
 */
export function createCsvStream(file: string, defaultLocale: Locale = 'vi'): CsvStream {
  let locale = defaultLocale;
  let delimiter = ',';
  let header: string[] | null = null;
  let started = false;
  // Converted text not yet handed to papaparse (the start of an unfinished row), and a "\r" held back.
  let waiting: string[] = [];
  let heldCr = '';
  let inQuotes = false;
  let inComment = false;
  let previous = NEWLINE; // the last character scanned: the file starts as if after a newline
  let linesBefore = 0; // newlines in the pieces already parsed

  const readDirective = (source: string) => {
    let declaredOn = 0;
    for (const [i, line] of source.split('\n', 20).entries()) {
      if (!line.startsWith('#')) break;
      const m = LOCALE_DIRECTIVE.exec(line);
      if (m) {
        // Two declarations would make the reading depend on which one wins: «1.500» is 1500 or 1,5.
        if (declaredOn)
          throw new NormalizeError(`${file}: line ${i + 1} declares the locale again (line ${declaredOn} did)`);
        declaredOn = i + 1;
        const declared = m[1]!.toLowerCase();
        if (!(LOCALES as readonly string[]).includes(declared)) {
          throw new NormalizeError(`${file}: locale «${m[1]}» is not one of ${LOCALES.join(', ')}`);
        }
        locale = declared as Locale;
      }
    }
  };

  const parsePiece = (source: string): CsvRow[] => {
    if (!started) {
      started = true;
      readDirective(source);
    }
    const rows: CsvRow[] = [];
    let newlinesBefore = 0;
    let position = 0;
    Papa.parse<string[]>(source, {
      comments: '#',
      // Every \r\n and \r is a \n by now (push): papaparse need not scan each piece to guess.
      newline: '\n',
      // The first piece guesses the delimiter, with blank lines left out of the guess; later pieces keep
      // it, and their blank lines are left out below: papaparse's own check joins every row into a string.
      ...(header
        ? { delimiter, skipEmptyLines: false }
        : { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy' as const }),
      step(result) {
        if (!header) delimiter = result.meta.delimiter;
        // The cursor stands after the row's newline, if it has one; a quote left open swallows that
        // newline into the cell, so it is counted with the cell's own below.
        const cursor = result.meta.cursor;
        const openQuote = result.errors.length > 0 && result.errors.some((e) => e.type === 'Quotes');
        const end = source[cursor - 1] === '\n' && !openQuote ? cursor - 1 : cursor;
        newlinesBefore += countNewlines(source, position, Math.min(end, source.length));
        position = Math.max(position, Math.min(end, source.length));
        const cells = result.data;
        if (blank(cells)) return;
        // Step back over the newlines inside quoted cells.
        let inside = 0;
        for (const cell of cells) inside += countNewlines(cell, 0, cell.length);
        const line = linesBefore + newlinesBefore + 1 - inside;
        if (!header) header = cells.map((c) => c.trim());
        else rows.push({ line, cells });
      },
    });
    newlinesBefore += countNewlines(source, position, source.length);
    linesBefore += newlinesBefore;
    return rows;
  };

  return {
    file,
    get locale() {
      return locale;
    },
    get delimiter() {
      return delimiter;
    },
    get header() {
      return header;
    },
    push(text) {
      // Bytes that are not UTF-8 are refused by the decoder (decoderFor is fatal); a U+FFFD that
      // reaches here was written in the file as such, and is text like any other.
      if (!started && waiting.length === 0 && heldCr === '') text = text.replace(/^\uFEFF/, '');
      // One newline convention, so line numbers and cell text do not depend on the editor that saved it.
      // A "\r" at the end may be the first half of "\r\n": it waits for the next piece.
      let incoming = heldCr + text;
      heldCr = '';
      if (incoming.endsWith('\r')) {
        heldCr = '\r';
        incoming = incoming.slice(0, -1);
      }
      incoming = incoming.replace(/\r\n?/g, '\n');
      // Only the new text is scanned, and text waiting for the end of its row is joined once, when the
      // row ends: a cell of 50 MB read in small pieces costs its length, not its length squared.
      let lastBreak = -1;
      for (let i = 0; i < incoming.length; i++) {
        const c = incoming.charCodeAt(i);
        if (previous === NEWLINE && !inQuotes && c === HASH) inComment = true;
        if (c === NEWLINE) {
          if (!inQuotes) lastBreak = i;
          inComment = false;
        } else if (c === QUOTE && !inComment) inQuotes = !inQuotes;
        previous = c;
      }
      if (lastBreak < 0) {
        if (incoming !== '') waiting.push(incoming);
        return [];
      }
      const piece = waiting.join('') + incoming.slice(0, lastBreak + 1);
      const rest = incoming.slice(lastBreak + 1);
      waiting = rest === '' ? [] : [rest];
      return parsePiece(piece);
    },
    end() {
      const rest = waiting.join('') + (heldCr === '' ? '' : '\n');
      waiting = [];
      heldCr = '';
      return rest || !started ? parsePiece(rest) : [];
    },
  };
}

/** A row of empty or blank cells, which papaparse's 'greedy' leaves out: one trim of the first cell, mostly. */
function blank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

/** The newlines in text[from, to). */
function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

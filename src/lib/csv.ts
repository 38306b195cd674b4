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

const LOCALE_DIRECTIVE = /^#\s*locale\s*[:=]\s*(\S+)\s*$/i;

/**
 * Parses CSV text (UTF-8, BOM allowed, comma or semicolon) with papaparse. Lines that start
 * with `#` are comments; `# locale: vi|en` declares the number format (default `vi`).
 */
export function parseCsv(text: string, file: string, defaultLocale: Locale = 'vi'): CsvTable {
  // One newline convention, so line numbers and cell text do not depend on the editor that saved it.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (source.includes('\uFFFD')) {
    throw new NormalizeError(`${file}: not valid UTF-8 (save it as "CSV UTF-8" in Excel)`);
  }
  let locale = defaultLocale;
  for (const line of source.split('\n', 20)) {
    if (!line.startsWith('#')) break;
    const m = LOCALE_DIRECTIVE.exec(line);
    if (m) {
      const declared = m[1]!.toLowerCase();
      if (!(LOCALES as readonly string[]).includes(declared)) {
        throw new NormalizeError(`${file}: locale «${m[1]}» is not one of ${LOCALES.join(', ')}`);
      }
      locale = declared as Locale;
    }
  }
  const rows: CsvRow[] = [];
  let newlinesBefore = 0;
  let scanned = 0;
  let delimiter = ',';
  let header: string[] | null = null;
  Papa.parse<string[]>(source, {
    comments: '#',
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
    step(result) {
      delimiter = result.meta.delimiter;
      // The cursor stands after the row's newline, if it has one.
      const end = source[result.meta.cursor - 1] === '\n' ? result.meta.cursor - 1 : result.meta.cursor;
      for (; scanned < end && scanned < source.length; scanned++) if (source[scanned] === '\n') newlinesBefore++;
      const cells = result.data;
      // Step back over the newlines inside quoted cells.
      const inside = cells.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
      const line = newlinesBefore + 1 - inside;
      if (!header) header = cells.map((c) => c.trim());
      else rows.push({ line, cells });
    },
  });
  if (!header) throw new NormalizeError(`${file}: the file is empty (no header line)`);
  return { file, locale, delimiter, header, rows };
}

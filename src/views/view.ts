import type { ChartContext } from '../charts/theme.ts';
import type { Db } from '../lib/sql.ts';

/** A source as a figure cites it. */
export interface SourceRef {
  id: string;
  title: string;
  publisher?: string;
  url: string | null;
  date?: string | null;
  /** official_report, official_portal, press or repost (src/lib/sources.ts). */
  kind?: string | null;
}

/** Everything a chart figure shows, computed once from the database: the same at build and live. */
export interface ChartView {
  title: string;
  subtitle: string;
  /** Draws the chart at a width; pages draw it for phones and for desktops. */
  draw(width: number): Element;
  /** A chart the keyboard can enter (a map of focusable provinces), not a single image. */
  interactive?: boolean;
  /** Keys for marks that colour or dash alone would not explain. */
  legend: LegendItem[];
  /** Text alternative of the chart: what it shows, in one or two sentences. */
  alt: string;
  table: { columns: string[]; rows: Cell[][] };
  csv: { filename: string; text: string };
  sources: SourceRef[];
  /** The ids of the sources of the figures the title states (the source line names them first). */
  titleSources?: string[];
  notes: string[];
}

/** The column that names the data release a downloaded row comes from. */
export const RELEASE_COLUMN = 'release';
/**
 * What every figure's CSV ends with, so that a file read away from the site still says where each row comes
 * from: columns, not comment lines, so DuckDB, pandas and spreadsheets read it with no options.
 */
export const PROVENANCE_COLUMNS = ['source_id', 'source_url', 'source_title', RELEASE_COLUMN] as const;

export function provenance(
  row: { source_id: string; source_url: string | null; source_title: string },
  release: string | undefined,
): Array<string | null> {
  return [row.source_id, row.source_url, row.source_title, release ?? null];
}

/** A table cell: text, or text that links to its published source. */
export type Cell = string | { text: string; href: string | null };

export interface LegendItem {
  label: string;
  color: string;
  kind: 'line' | 'dash' | 'bar' | 'hatch';
}

/** The source title of a row as a table cell that links to it. */
export function sourceCell(row: { source_title: string; source_url: string | null }): Cell {
  return { text: row.source_title, href: row.source_url };
}

export type ViewParams = Record<string, string>;
export type View = (db: Db, params: ViewParams, context: ChartContext) => Promise<ChartView>;

/** Sources of a set of rows, each once, in first-seen order. */
export function uniqueSources(
  rows: ReadonlyArray<{
    source_id: string;
    source_title: string;
    source_url: string | null;
    source_publisher?: string;
    source_date?: string | null;
    source_kind?: string | null;
  }>,
): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const r of rows) {
    if (!seen.has(r.source_id))
      seen.set(r.source_id, {
        id: r.source_id,
        title: r.source_title,
        url: r.source_url,
        publisher: r.source_publisher,
        date: r.source_date,
        kind: r.source_kind,
      });
  }
  return [...seen.values()];
}

/**
 * RFC 4180 CSV; raw values (dot decimals, ISO dates) so that spreadsheets and code read it alike. Text
 * that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe.
 */
export function toCsv(
  columns: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>,
): string {
  const cell = (v: string | number | null | undefined) => {
    let s = v === null || v === undefined ? '' : String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[columns, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** A link target that downloads CSV without a server or JavaScript. The BOM lets Excel read Vietnamese. */
export function csvDataUri(text: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${text}`)}`;
}

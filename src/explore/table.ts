import { formatNumber, type Lang } from '../lib/format.ts';
import { useBrowserTranslations } from '../i18n/browser.ts';
import type { ResultRow } from './filters.ts';
import type { SourceInfo } from './options.ts';
import { resultColumns, sortRows } from './present.ts';
import type { ExploreState } from './state.ts';

/**
 * Rows a result table draws at once. A longer result (a span of months over 63 provinces) shows its first rows,
 * in the reader's order, and a button for the rest: laying out thousands of rows would take far longer than a
 * brushed span's redraw may (src/explore/cross-filter.ts). The downloads always hold every row.
 */
export const TABLE_ROWS = 100;

/**
 * The result as a table whose column headers sort it (buttons, so keyboards reach them; the
 * column's aria-sort says the order). Built by one function at build time (jsdom) and live.
 * Every cell is text: values from the data or an upload never become markup.
 */
export function renderResultTable(
  doc: Document,
  rows: readonly ResultRow[],
  lang: Lang,
  sort: ExploreState['sort'],
  sources: readonly SourceInfo[] = [],
  limit = TABLE_ROWS,
): HTMLTableElement {
  const columns = resultColumns(lang);
  const table = doc.createElement('table');
  table.dataset.result = 'true';
  // At phone width each row reads as a card ("Giá trị: 82,57% · Tử số: …", site.css): scrolled sideways, the
  // value was off the screen's edge.
  table.className = 'cards';
  const caption = table.createCaption();
  caption.className = 'visually-hidden';
  caption.textContent = useBrowserTranslations(lang).explore.tableCaption;
  const head = table.createTHead().insertRow();
  for (const column of columns) {
    const th = doc.createElement('th');
    th.scope = 'col';
    th.dataset.column = column.key;
    if (column.numeric) th.className = 'num';
    const active = sort?.column === column.key;
    th.setAttribute('aria-sort', active ? (sort!.direction === 'asc' ? 'ascending' : 'descending') : 'none');
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.dataset.sort = column.key;
    button.textContent = column.label;
    const arrow = doc.createElement('span');
    arrow.setAttribute('aria-hidden', 'true');
    arrow.textContent = active ? (sort!.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕';
    button.append(arrow);
    th.append(button);
    head.append(th);
  }
  table.createTBody();
  fillRows(table, rows, lang, sort, sources, limit);
  return table;
}

/** What a table was drawn for: the same header (order, language) lets new rows be written into it. */
const drawnFor = new WeakMap<HTMLTableElement, string>();

/**
 * The result table, updated in place when it already shows this order and language (a brushed span):
 * each row's cells are rewritten only where their text differs, rows added or removed at the end, so
 * that a span change does not lay out a new table. The outcome is the table renderResultTable draws.
 */
export function updateResultTable(
  doc: Document,
  table: HTMLTableElement | null,
  rows: readonly ResultRow[],
  lang: Lang,
  sort: ExploreState['sort'],
  sources: readonly SourceInfo[] = [],
  limit = TABLE_ROWS,
): HTMLTableElement {
  if (!table || drawnFor.get(table) !== headerKey(lang, sort))
    return renderResultTable(doc, rows, lang, sort, sources, limit);
  holdColumns(table);
  fillRows(table, rows, lang, sort, sources, limit);
  return table;
}

/** Columns held at their widths until the table has rested this long (a brushed span moving on). */
export const HOLD_MS = 150;
const releases = new WeakMap<HTMLTableElement, number>();

/**
 * Keeps the columns at the widths they have while rows are rewritten in quick succession, and lets the
 * content set them again once the rewriting rests for HOLD_MS. A table laid out by its content measures all
 * its cells whenever one changes: a span change rewrites a hundred rows, and that measuring took 6–7 ms of
 * the change's 16 ms (fixed columns: under 3). Meanwhile a longer text wraps inside its column
 * (`table[data-held]` in site.css); the widths then follow the new text. Only where the page is laid out:
 * at build time (jsdom) a table has no widths to hold.
 */
function holdColumns(table: HTMLTableElement): void {
  const view = table.ownerDocument.defaultView;
  const head = table.tHead?.rows[0];
  if (!view || !head) return;
  view.clearTimeout(releases.get(table));
  if (!table.hasAttribute('data-held')) {
    if (view.getComputedStyle(table).display !== 'table') return; // read as cards: no columns to hold
    const widths = [...head.cells].map((cell) => cell.getBoundingClientRect().width);
    if (!widths.every((w) => w > 0)) return; // not laid out (hidden, or no layout at all)
    // Properties, not a style attribute, so the CSP allows them.
    [...head.cells].forEach((cell, i) => (cell.style.width = `${widths[i]}px`));
    table.style.width = `${table.getBoundingClientRect().width}px`;
    table.setAttribute('data-held', '');
  }
  releases.set(
    table,
    view.setTimeout(() => {
      releases.delete(table);
      for (const cell of head.cells) cell.style.removeProperty('width');
      table.style.removeProperty('width');
      table.removeAttribute('data-held');
    }, HOLD_MS),
  );
}

const headerKey = (lang: Lang, sort: ExploreState['sort']) => `${lang} ${sort?.column ?? ''} ${sort?.direction ?? ''}`;

/** The body (and the footer's "first rows of" line): new cells where the table has none, changed text only. */
function fillRows(
  table: HTMLTableElement,
  rows: readonly ResultRow[],
  lang: Lang,
  sort: ExploreState['sort'],
  sources: readonly SourceInfo[],
  limit: number,
): void {
  const doc = table.ownerDocument;
  const columns = resultColumns(lang);
  const byId = new Map(sources.map((s) => [s.id, s]));
  if (rows.length > limit) {
    const t = useBrowserTranslations(lang).explore;
    const [shown, total] = [limit, rows.length].map((n) => formatNumber(n, lang, 0)) as [string, string];
    // The footer kept from the last drawing when it is there: only its counts change with a span.
    let cell = table.tFoot?.rows[0]?.cells[0];
    const kept = cell?.childNodes.length === 2 && cell.firstChild?.nodeType === 3;
    if (!cell || !kept || !cell.lastElementChild?.hasAttribute('data-table-all')) {
      table.deleteTFoot();
      cell = table.createTFoot().insertRow().insertCell();
      const all = Object.assign(doc.createElement('button'), { type: 'button' });
      all.dataset.tableAll = '';
      cell.append('', all);
    }
    if (cell.colSpan !== columns.length) cell.colSpan = columns.length;
    setText(cell.firstChild as Text, `${t.tableShown(shown, total)} `);
    setText(cell.lastElementChild!, t.tableAll(total));
  } else table.deleteTFoot();
  const body = table.tBodies[0]!;
  const shown = sortRows(rows, sort, lang).slice(0, limit);
  while (body.rows.length > shown.length) body.deleteRow(-1);
  shown.forEach((row, r) => {
    const tr = body.rows[r] ?? body.insertRow();
    columns.forEach((column, i) => {
      let cell = tr.cells[i];
      if (!cell) {
        cell = doc.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) (cell as HTMLTableCellElement).scope = 'row';
        else cell.dataset.label = column.label;
        if (column.numeric) cell.className = 'num';
        tr.append(cell);
      }
      const source = column.key === 'sources' ? byId.get(row.sources) : undefined;
      if (source?.url) {
        const link = cell.firstElementChild;
        if (link?.tagName === 'A' && link.getAttribute('href') === source.url) {
          setText(link, source.title);
        } else
          cell.replaceChildren(
            Object.assign(doc.createElement('a'), { href: source.url, textContent: source.title, rel: 'noopener' }),
          );
      } else {
        setText(cell, source ? source.title : column.text(row));
      }
    });
  });
  drawnFor.set(table, headerKey(lang, sort));
}

/**
 * A node's text, changed only if it differs, and in its own text node when it has just one: a new node would be
 * styled and laid out anew, an edited one only laid out.
 */
function setText(node: Node, text: string): void {
  if (node.nodeType === 3) {
    if ((node as Text).data !== text) (node as Text).data = text;
    return;
  }
  const only = node.firstChild;
  if (only && only === node.lastChild && only.nodeType === 3) {
    if ((only as Text).data !== text) (only as Text).data = text;
  } else if (node.textContent !== text || (node as Element).firstElementChild) node.textContent = text;
}

/** Any query's rows as a plain table (the SQL console): headers from the columns, text only. */
export function renderRowsTable(
  doc: Document,
  columns: readonly string[],
  rows: ReadonlyArray<Record<string, unknown>>,
  lang: Lang,
  types: readonly string[] = [],
): HTMLTableElement {
  const table = doc.createElement('table');
  const head = table.createTHead().insertRow();
  for (const name of columns) {
    const th = doc.createElement('th');
    th.scope = 'col';
    th.textContent = name;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    columns.forEach((name, i) => {
      const td = tr.insertCell();
      const value = row[name];
      const type = types[i] ?? '';
      if (typeof value === 'number' && /^(Date|Timestamp)/.test(type)) td.textContent = instantText(value, type);
      else if (typeof value === 'number') {
        td.className = 'num';
        td.textContent = formatNumber(value, lang, sensibleDigits(value));
      } else td.textContent = cellText(value);
    });
  }
  return table;
}

/** Arrow gives dates and timestamps as milliseconds: a date as its ISO day, a timestamp to the second. */
export function instantText(ms: number, type: string): string {
  const iso = new Date(ms).toISOString();
  return type.startsWith('Date') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/** Decimals worth reading: none for whole numbers, 2 from 100 up, 4 below (80,4231 not 80,42314159). */
export function sensibleDigits(value: number): number {
  if (Number.isInteger(value)) return 0;
  return Math.abs(value) >= 100 ? 2 : 4;
}

/** DuckDB-wasm's error as a sentence: its JSON ({"exception_type", "exception_message"}) unwrapped. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  try {
    const parsed = JSON.parse(message) as { exception_type?: string; exception_message?: string };
    if (parsed.exception_message) return `${parsed.exception_type ?? 'Error'}: ${parsed.exception_message}`;
  } catch {
    // not JSON: DuckDB's message is already text
  }
  return message;
}

/** A cell's value as plain text: dates as ISO days, lists and structs as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'object') return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
  return String(value);
}

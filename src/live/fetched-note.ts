import { partitioned as en } from '../i18n/en/partitioned.ts';
import { partitioned as vi } from '../i18n/vi/partitioned.ts';
import { langOf } from '../i18n/routes.ts';
import type { formatNumber as format, Lang } from '../lib/format.ts';
import type { FetchReport } from './partitioned-observations.ts';

const CATALOGUES: Record<Lang, typeof vi> = { vi, en };

/** "45,8 KB": bytes in the page's language, in steps of 1 024. */
function formatBytes(bytes: number, lang: Lang, units: readonly string[], formatNumber: typeof format): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(value, lang, unit === 0 ? 0 : 1)} ${units[unit]}`;
}

/**
 * Tells the analyst, under Explore's status line, how much of a large set the selections so far have
 * fetched, and that the SQL console sees only those rows. The page hands over its number formatter
 * (src/lib/format.ts), so that this chunk, loaded with the engine, does not split it out of the first load.
 */
export function showFetched(status: HTMLElement, report: FetchReport, formatNumber: typeof format): void {
  const lang = langOf(status.ownerDocument.documentElement.lang);
  const t = CATALOGUES[lang];
  let note = status.parentElement?.querySelector<HTMLElement>('[data-explore-fetched]');
  if (!note) {
    note = status.ownerDocument.createElement('p');
    note.className = 'live-progress';
    note.dataset.exploreFetched = '';
    status.after(note);
  }
  const size = (n: number) => formatBytes(n, lang, t.units, formatNumber);
  const share = formatNumber((100 * report.bytesFetched) / Math.max(1, report.totalBytes), lang, 2);
  note.textContent = `${t.fetched(
    size(report.bytesFetched),
    size(report.totalBytes),
    share,
    formatNumber(report.partitionsRead, lang, 0),
    formatNumber(report.partitions, lang, 0),
  )} ${t.loaded(formatNumber(report.rowsLoaded, lang, 0), formatNumber(report.rowsTotal, lang, 0))}`;
  note.dataset.bytesFetched = String(report.bytesFetched);
  note.dataset.bytesTotal = String(report.totalBytes);
  note.dataset.rowsLoaded = String(report.rowsLoaded);
}

/**
 * A partition file was refused: nothing of it is loaded, the rows already checked stay, and the words
 * naming the file are returned for Explore's status line (it shows a failed query's message).
 */
export function refusedText(status: HTMLElement, file: string): string {
  const text = CATALOGUES[langOf(status.ownerDocument.documentElement.lang)].refused(file);
  status.dataset.refusedFile = file;
  return text;
}

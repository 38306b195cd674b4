/**
 * Reviewed rows from the extraction page (src/extract-review/) to Explore, as an upload table: the
 * review page leaves the accepted rows' CSV in this tab's sessionStorage and opens Explore, which
 * takes it once and loads it by the upload path that exists (the same normalizer as the build).
 * sessionStorage is this origin's and this tab's alone; nothing leaves the browser.
 */
const KEY = 'tuphap:reviewed-rows';

/** Leaves the CSV for Explore; false when the browser refuses to keep it (storage off or full). */
export function handOver(name: string, csv: string): boolean {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ name, csv }));
    return true;
  } catch {
    return false;
  }
}

/** The CSV the review page left, as a file for the upload path; taken once. */
export function takeHandOver(): File | null {
  let raw: string | null = null;
  try {
    raw = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const { name, csv } = JSON.parse(raw) as { name?: unknown; csv?: unknown };
    if (typeof name !== 'string' || typeof csv !== 'string') return null;
    return new File([csv], name, { type: 'text/csv' });
  } catch {
    return null;
  }
}

import type { Lang } from '../lib/format.ts';
import { sourcesToName } from '../lib/sources.ts';
import type { SourceRef } from '../views/view.ts';
import { otherLang } from './routes.ts';

/** A value for the page's language and one for the other, keyed by language. */
export function inBothLangs<T>(lang: Lang, mine: T, theirs: T): Record<Lang, T> {
  return { [lang]: mine, [otherLang(lang)]: theirs } as Record<Lang, T>;
}

/** The words a citation is made of, in one language (from the catalogue). */
export interface CitationWords {
  publisher: string;
  release: (id: string) => string;
  accessed: string;
  primary: string;
  moreSources: (n: number) => string;
}

export interface CitationInput {
  title: string;
  release: { id: string; date: string };
  address: string;
  sources: readonly SourceRef[];
  /** The ids of the sources of the figure the title states: the ones named where not every source is. */
  titleSources?: readonly string[];
}

/** A citation in parts, so a page can mark the address and link the quoted source titles. */
export interface Citation {
  lead: string;
  address: string;
  tail: string;
  source: { label: string; items: Array<{ title: string; url: string | null; rest: string }>; more: string } | null;
}

/**
 * Past this many sources a citation names the title's (else the most authoritative) and points to the table for the
 * rest, as the figures' source lines do (src/views/render.ts).
 */
const SOURCES_NAMED = 3;

/**
 * "Kết quả ngành Tư pháp (2026). <title>. Phát hành <id>. <address> (truy cập ngày …)." then the primary
 * source: title, publisher, date, address.
 */
export function citation(input: CitationInput, w: CitationWords): Citation {
  const year = input.release.date.slice(0, 4);
  const lead = `${w.publisher} (${year}). ${input.title}. ${w.release(input.release.id)}.`;
  const tail = `(${w.accessed}).`;
  if (input.sources.length === 0) return { lead, address: input.address, tail, source: null };
  const named =
    input.sources.length <= SOURCES_NAMED ? input.sources : sourcesToName(input.sources, input.titleSources).named;
  const items = named.map((s) => ({
    title: s.title,
    url: s.url,
    rest: [s.publisher, s.date, s.url].filter(Boolean).join(', '),
  }));
  const more = input.sources.length > SOURCES_NAMED ? w.moreSources(input.sources.length) : '';
  return { lead, address: input.address, tail, source: { label: w.primary, items, more } };
}

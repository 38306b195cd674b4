/**
 * What kind of publication a source is, most authoritative first: the order in which a figure's
 * source line lists its sources, and the tie-breaker between versions of one figure.
 */
export const SOURCE_KINDS = ['official_report', 'official_portal', 'press', 'repost'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export function isSourceKind(text: string): text is SourceKind {
  return (SOURCE_KINDS as readonly string[]).includes(text);
}

/** 0 for an official report, up to 3 for a repost; a source of unknown kind comes last. */
export function kindAuthority(kind: string | null | undefined): number {
  const rank = SOURCE_KINDS.indexOf(kind as SourceKind);
  return rank === -1 ? SOURCE_KINDS.length : rank;
}

/**
 * Sources ordered for a source line: by kind (official report, official portal, press, repost),
 * then the one published last, then by id so the order is stable. Undated sources come after dated ones.
 */
export function orderByAuthority<T extends { id: string; kind?: string | null; date?: string | null }>(
  sources: readonly T[],
): T[] {
  return [...sources].sort(
    (a, b) =>
      kindAuthority(a.kind) - kindAuthority(b.kind) ||
      (b.date ?? '').localeCompare(a.date ?? '') ||
      a.id.localeCompare(b.id),
  );
}

/**
 * The sources named where a figure has too many to name all (its source line, its citation): those of the figure
 * its title states, most authoritative first (`ofTitle`), else the most authoritative of all.
 */
export function sourcesToName<T extends { id: string; kind?: string | null; date?: string | null }>(
  sources: readonly T[],
  titleSources: readonly string[] = [],
): { named: T[]; ofTitle: boolean } {
  const ordered = orderByAuthority(sources);
  const ofTitle = ordered.filter((s) => titleSources.includes(s.id));
  return ofTitle.length > 0 ? { named: ofTitle, ofTitle: true } : { named: ordered.slice(0, 1), ofTitle: false };
}

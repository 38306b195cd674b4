import type { Observation } from './observations.ts';
import type { Problem } from './problems.ts';
import { kindAuthority } from './sources.ts';

/** What makes two rows the same figure; the source is left out, so two sources can disagree. */
export function figureKey(o: Pick<Observation, FigureKeyField>): string {
  return [o.indicator, o.geo_code, o.organisation ?? '', o.subdivision ?? '', o.period_start, o.period_end].join('|');
}

type FigureKeyField = 'indicator' | 'geo_code' | 'organisation' | 'subdivision' | 'period_start' | 'period_end';

/**
 * A 53-bit hash of a figure key (two FNV-1a passes over its UTF-16 units, 32 and 21 bits), exact in a
 * double: the build keeps one per row instead of the rows, and only the rows whose hash repeats can be
 * versions of one figure (a million keys collide by chance about once in 20 000 builds, and a collision
 * only brings back a row that chooseVersions then finds alone).
 */
export function figureKeyHash(key: string): number {
  startHash(key.length);
  mixHash(key);
  return endHash();
}

/**
 * figureKeyHash(figureKey(o)), the same number, without writing the key's text: the staging processes
 * hash every row's key, and a million joined keys were a million strings made only to be hashed.
 */
export function figureKeyHashOf(o: Pick<Observation, FigureKeyField>): number {
  const organisation = o.organisation ?? '';
  const subdivision = o.subdivision ?? '';
  const { indicator, geo_code: geo, period_start: start, period_end: end } = o;
  startHash(indicator.length + geo.length + organisation.length + subdivision.length + start.length + end.length + 5);
  mixHash(indicator);
  mixHash('|');
  mixHash(geo);
  mixHash('|');
  mixHash(organisation);
  mixHash('|');
  mixHash(subdivision);
  mixHash('|');
  mixHash(start);
  mixHash('|');
  mixHash(end);
  return endHash();
}

// The two passes' state, kept here so that hashing a key in parts allocates nothing.
let hashA = 0;
let hashB = 0;
function startHash(length: number): void {
  hashA = 0x811c9dc5;
  hashB = 0x01000193 ^ length;
}
function mixHash(text: string): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    hashA = Math.imul(hashA ^ c, 0x01000193);
    hashB = Math.imul(hashB ^ c, 0x5bd1e995);
  }
}
function endHash(): number {
  return (hashA >>> 0) * 0x200000 + ((hashB >>> 11) & 0x1fffff);
}

export interface Conflict {
  kind: 'conflicting_versions';
  indicator: string;
  geo_code: string;
  period_start: string;
  period_end: string;
  chosen: { source_id: string; file: string; line: number; value: number | null };
  others: Array<{ source_id: string; file: string; line: number; value: number | null }>;
  message: string;
}

/**
 * Refuses exact duplicates (same figure, same source) and, where several sources give the same
 * figure, marks one preferred by the documented rule: an exact figure beats a rounded or bounded
 * one ("trên 576.000" restates 576.884); then the source published last wins (the final report
 * supersedes the preliminary one; undated sources come last); then the more authoritative kind of
 * source (official report, official portal, press, repost: src/lib/sources.ts); then the lower id.
 * Where several sources print the value so chosen, the most authoritative of them is credited:
 * a repost that restates a conference a day later does not take the figure from the press report.
 */
export function chooseVersions(
  observations: readonly Observation[],
  sourceDates: ReadonlyMap<string, string>,
  sourceKinds: ReadonlyMap<string, string | null> = new Map(),
): { preferred: boolean[]; problems: Problem[]; conflicts: Conflict[] } {
  const problems: Problem[] = [];
  const conflicts: Conflict[] = [];
  const preferred = observations.map(() => true);
  const groups = new Map<string, number[]>();
  observations.forEach((o, i) => {
    const key = figureKey(o);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  for (const members of groups.values()) {
    const seen = new Map<string, Observation>();
    for (const i of members) {
      const o = observations[i]!;
      const first = seen.get(o.source_id);
      if (first) {
        problems.push({
          file: o.file,
          line: o.line,
          column: 'source_id',
          value: o.source_id,
          reason: `duplicate of ${first.file}:${first.line} (same indicator, place, period and source)`,
        });
      } else seen.set(o.source_id, o);
    }
    if (seen.size < 2) continue;
    const kindOf = (o: Observation) => kindAuthority(sourceKinds.get(o.source_id));
    const byKind = (oa: Observation, ob: Observation) => kindOf(oa) - kindOf(ob);
    const byDate = (oa: Observation, ob: Observation) =>
      (sourceDates.get(ob.source_id) ?? '').localeCompare(sourceDates.get(oa.source_id) ?? '');
    const byExactness = (oa: Observation, ob: Observation) =>
      Number(oa.bound !== 'exact') - Number(ob.bound !== 'exact');
    const order = (first: typeof byKind, second: typeof byKind) => (a: number, b: number) => {
      const [oa, ob] = [observations[a]!, observations[b]!];
      return (
        byExactness(oa, ob) ||
        first(oa, ob) ||
        second(oa, ob) ||
        oa.source_id.localeCompare(ob.source_id) ||
        oa.line - ob.line
      );
    };
    const byRevision = [...members].sort(order(byDate, byKind));
    const winner = observations[byRevision[0]!]!;
    const restates = (i: number) => observations[i]!.value === winner.value && observations[i]!.bound === winner.bound;
    // The same value, credited to the most authoritative source that printed it; then the others.
    const ranked = [
      ...byRevision.filter(restates).sort(order(byKind, byDate)),
      ...byRevision.filter((i) => !restates(i)),
    ];
    for (const i of ranked.slice(1)) preferred[i] = false;
    const describe = (i: number) => {
      const o = observations[i]!;
      return { source_id: o.source_id, file: o.file, line: o.line, value: o.value };
    };
    const chosen = observations[ranked[0]!]!;
    const values = new Set(ranked.map((i) => observations[i]!.value));
    conflicts.push({
      kind: 'conflicting_versions',
      indicator: chosen.indicator,
      geo_code: chosen.geo_code,
      period_start: chosen.period_start,
      period_end: chosen.period_end,
      chosen: describe(ranked[0]!),
      others: ranked.slice(1).map(describe),
      message:
        `${seen.size} sources give this figure${values.size > 1 ? ' with different values' : ''}; ` +
        `${chosen.source_id} is shown (exact before rounded, then latest published, ` +
        'then the most authoritative source of that value)',
    });
  }
  return { preferred, problems, conflicts };
}

import type { Observation } from './observations.ts';
import type { Problem } from './problems.ts';

/** What makes two rows the same figure; the source is left out, so two sources can disagree. */
function figureKey(o: Observation): string {
  return [o.indicator, o.geo_code, o.organisation ?? '', o.subdivision ?? '', o.period_start, o.period_end].join('|');
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
 * supersedes the preliminary one; undated sources come last); then the lower source id, for stability.
 */
export function chooseVersions(
  observations: readonly Observation[],
  sourceDates: ReadonlyMap<string, string>,
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
    const ranked = [...members].sort((a, b) => {
      const [oa, ob] = [observations[a]!, observations[b]!];
      const byExactness = Number(oa.bound !== 'exact') - Number(ob.bound !== 'exact');
      const byDate = (sourceDates.get(ob.source_id) ?? '').localeCompare(sourceDates.get(oa.source_id) ?? '');
      return byExactness || byDate || oa.source_id.localeCompare(ob.source_id) || oa.line - ob.line;
    });
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
        `${chosen.source_id} is shown (exact before rounded, then latest published)`,
    });
  }
  return { preferred, problems, conflicts };
}

import { shownValue } from './presentation.ts';
import type { FigureRow, TargetRow } from './queries.ts';

export interface Kpi {
  latest: FigureRow;
  /** The same kind of period one step earlier (same months of the year), if published. */
  previous: FigureRow | null;
  change: number | null;
  target: TargetRow | null;
  /** null where there is no target for the latest period. */
  met: boolean | null;
  /** The series of comparable periods, oldest first, for a sparkline. */
  comparable: FigureRow[];
}

/** Same months of the year: a half-year compares with a half-year, a statistical year with a year. */
function sameShape(
  a: { period_start: string; period_end: string },
  b: { period_start: string; period_end: string },
): boolean {
  return (
    a.period_start.slice(5) === b.period_start.slice(5) &&
    a.period_end.slice(5) === b.period_end.slice(5) &&
    Number(a.period_end.slice(0, 4)) - Number(a.period_start.slice(0, 4)) ===
      Number(b.period_end.slice(0, 4)) - Number(b.period_start.slice(0, 4))
  );
}

/**
 * The headline of a series: its latest figure (ties on the end date go to the longer period),
 * the change from the previous comparable period, and whether the period's target was met.
 */
export function computeKpi(series: readonly FigureRow[], targets: readonly TargetRow[] = []): Kpi | null {
  if (series.length === 0) return null;
  const ordered = [...series].sort(
    (a, b) => a.period_end.localeCompare(b.period_end) || b.period_start.localeCompare(a.period_start),
  );
  const latest = ordered.at(-1)!;
  const comparable = ordered.filter((r) => sameShape(r, latest));
  const previous = comparable.length > 1 ? comparable.at(-2)! : null;
  const target =
    targets.find((t) => t.period_start === latest.period_start && t.period_end === latest.period_end) ?? null;
  // The printed figure is compared: a recomputed rate is only its check.
  const shown = (r: FigureRow) => shownValue(r) ?? r.value;
  const met = target ? (target.bound === 'above' ? shown(latest) > target.value : shown(latest) >= target.value) : null;
  return { latest, previous, change: previous ? shown(latest) - shown(previous) : null, target, met, comparable };
}

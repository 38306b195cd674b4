import { literal } from '../lib/sql.ts';
import type { Db } from '../lib/sql.ts';

/** What the Explore controls offer, read from the same tables the results come from. */
export interface ExploreOptions {
  indicators: Array<{ id: string; name_vi: string; name_en: string; kind: string; unit: string; figures: number }>;
  provinces: Array<{ code: string; map: string; name_vi: string; name_en: string }>;
  regions: string[];
  clusters: Array<{ code: string; name_vi: string; name_en: string }>;
  years: { first: number; last: number };
}

const KIND_ORDER = `list_position(['rate', 'count', 'money', 'target', 'fact'], i.kind)`;

export const OPTION_SQL = {
  indicators: `SELECT i.id, i.name_vi, i.name_en, i.kind, i.unit, count(o.indicator)::INTEGER AS figures
FROM indicators i LEFT JOIN observations o ON o.indicator = i.id
GROUP BY i.id, i.name_vi, i.name_en, i.kind, i.unit ORDER BY ${KIND_ORDER}, i.id`,
  provinces: `SELECT code, map, short_vi AS name_vi, name_en FROM geo WHERE level = 'province' ORDER BY map, short_vi`,
  regions: `SELECT DISTINCT region FROM geo WHERE map = '63' AND region IS NOT NULL ORDER BY region`,
  clusters: `SELECT code, name_vi, name_en FROM geo WHERE level = 'cluster' ORDER BY code`,
  years: `SELECT min(year(period_end))::INTEGER AS first, max(year(period_end))::INTEGER AS last FROM observations`,
} as const;

export async function loadOptions(db: Db): Promise<ExploreOptions> {
  const [indicators, provinces, regions, clusters, years] = await Promise.all([
    db.query<ExploreOptions['indicators'][number]>(OPTION_SQL.indicators),
    db.query<ExploreOptions['provinces'][number]>(OPTION_SQL.provinces),
    db.query<{ region: string }>(OPTION_SQL.regions),
    db.query<ExploreOptions['clusters'][number]>(OPTION_SQL.clusters),
    db.query<{ first: number; last: number }>(OPTION_SQL.years),
  ]);
  // Vietnamese alphabetical order (Bà Rịa after An Giang, Đắk Lắk after Điện Biên), which SQL's byte order is not.
  const collator = new Intl.Collator('vi');
  provinces.sort((a, b) => a.map.localeCompare(b.map) || collator.compare(a.name_vi, b.name_vi));
  const regionNames = regions.map((r) => r.region).sort(collator.compare);
  return { indicators, provinces, regions: regionNames, clusters, years: years[0] ?? { first: 2000, last: 2025 } };
}

export interface SourceInfo {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  date: string | null;
}

/** The published sources among a result's source ids (uploads name themselves and have none). */
export function sourcesSql(ids: readonly string[]): string {
  if (ids.length === 0)
    return `SELECT id, title, publisher, url, strftime(date, '%Y-%m-%d') AS date FROM sources WHERE FALSE`;
  return `SELECT id, title, publisher, url, strftime(date, '%Y-%m-%d') AS date FROM sources
  WHERE id IN (${ids.map(literal).join(', ')}) ORDER BY date DESC NULLS LAST, id`;
}

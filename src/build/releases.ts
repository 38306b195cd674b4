import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Bound } from '../lib/numbers.ts';
import { formatPeriod } from '../lib/period-labels.ts';
import { placeWithBody } from '../lib/presentation.ts';
import { formatValue, type Lang } from '../lib/format.ts';
import type { PeriodBasis } from '../lib/periods.ts';
import type { Change, ReleaseList } from '../service/releases.ts';
import { buildDb } from './render-view.ts';

let list: Promise<ReleaseList> | undefined;

/** Every release and its changes, as `npm run data` wrote them. */
export function readReleases(dataDir = path.resolve('public/data')): Promise<ReleaseList> {
  list ??= readFile(path.join(dataDir, 'releases.json'), 'utf8').then((text) => JSON.parse(text) as ReleaseList);
  return list;
}

interface Names {
  indicators: Map<string, { name_vi: string; name_en: string; unit: string; kind: string; period_basis: string }>;
  places: Map<string, { name_vi: string; name_en: string | null }>;
  sources: Map<string, { title: string; url: string | null }>;
}
let names: Promise<Names> | undefined;

/** Names of indicators and places, to show a change's ids as words. */
export function releaseNames(): Promise<Names> {
  names ??= (async () => {
    const db = await buildDb();
    const indicators = await db.query<{
      id: string;
      name_vi: string;
      name_en: string;
      unit: string;
      kind: string;
      period_basis: string;
    }>('SELECT id, name_vi, name_en, unit, kind, period_basis FROM indicators');
    // A code means one place whichever map; the newest map's name is the one a reader knows.
    const places = await db.query<{ code: string; name_vi: string; name_en: string | null }>(
      `SELECT code, arg_max(short_vi, coalesce(map, '')) AS name_vi, arg_max(name_en, coalesce(map, '')) AS name_en
       FROM geo GROUP BY code`,
    );
    const sources = await db.query<{ id: string; title: string; url: string | null }>(
      'SELECT id, title, url FROM sources',
    );
    return {
      sources: new Map(sources.map((s) => [s.id, s])),
      indicators: new Map(indicators.map((i) => [i.id, i])),
      places: new Map(places.map((p) => [p.code, p])),
    };
  })();
  return names;
}

/** A change as words: indicator, place, period, old and new value with their bounds. */
export function describeChange(change: Change, lang: Lang, n: Names) {
  const indicator = n.indicators.get(change.indicator);
  const place = n.places.get(change.geo_code);
  const unit = indicator?.unit ?? '';
  // The printed value; a rate printed only as its counts shows the rate they make.
  const value = (printed: number | null, computed: number | null, bound: string | null) => {
    const v = printed ?? computed;
    return v === null ? '—' : formatValue(v, unit, lang, (bound ?? 'exact') as Bound);
  };
  const placeName = place?.[`name_${lang}`] ?? place?.name_vi ?? change.geo_code;
  return {
    indicator: indicator?.[`name_${lang}`] ?? change.indicator,
    kind: indicator?.kind ?? '',
    place: placeWithBody(placeName, change.organisation, change.subdivision, lang),
    period: formatPeriod(
      change.period_start,
      change.period_end,
      (indicator?.period_basis ?? 'calendar') as PeriodBasis,
      lang,
    ),
    old: value(change.old_value_reported, change.old_value, change.old_bound),
    new: value(change.new_value_reported, change.new_value, change.new_bound),
  };
}

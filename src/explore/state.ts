/**
 * The whole Explore selection, kept in the URL's query string so that a link reproduces it.
 * Parsing never trusts the URL: unknown values fall back to the defaults, ids must look like ids.
 */

export const GEO_LEVELS = ['national', 'province', 'region', 'cluster'] as const;
export type GeoLevelChoice = (typeof GEO_LEVELS)[number];

export const PROVINCE_MAPS = ['63', '34'] as const;
export type ProvinceMapChoice = (typeof PROVINCE_MAPS)[number];

/** `all` or one of the period types the normalizer assigns (periods.ts). */
export const PERIOD_TYPES = ['all', 'year', 'half', 'quarter', 'months', 'month', 'years', 'range'] as const;
export type PeriodTypeChoice = (typeof PERIOD_TYPES)[number];

export type SortDirection = 'asc' | 'desc';

/** How the result is drawn: the chart that fits it, or (provinces and a rate) the province map. */
export const RESULT_VIEWS = ['chart', 'map'] as const;
export type ResultView = (typeof RESULT_VIEWS)[number];

export interface ExploreState {
  /** Indicator ids, in the order chosen. */
  indicators: string[];
  geo: GeoLevelChoice;
  /** Place codes at the chosen level (province codes, region names, cluster ids); empty = all. */
  places: string[];
  /** Province map the figures are shown on: old 63 or new 34 provinces. */
  map: ProvinceMapChoice;
  /** Years in which a period ends, inclusive; null = open. */
  from: number | null;
  to: number | null;
  periodType: PeriodTypeChoice;
  /** false: the preferred version of each figure only; true: every source's version. */
  allVersions: boolean;
  sort: { column: string; direction: SortDirection } | null;
  /** The SQL console's query. */
  sql: string;
  view: ResultView;
  /** The map's indicator and period (`start..end`); null = the first rate and the ranking chart's period. */
  mapIndicator: string | null;
  mapPeriod: string | null;
}

export const DEFAULT_STATE: ExploreState = {
  indicators: ['thads_case_rate'],
  geo: 'national',
  places: [],
  map: '63',
  from: null,
  to: null,
  periodType: 'year',
  allVersions: false,
  sort: null,
  sql: '',
  view: 'chart',
  mapIndicator: null,
  mapPeriod: null,
};

const ID = /^[a-z][a-z0-9_]*$/;
// Province codes, cluster ids and region names (Vietnamese words with spaces).
const PLACE = /^[\p{L}\p{N} _.-]{1,80}$/u;
const COLUMN = /^[a-z_]{1,40}$/;
const MAX_SQL = 20_000;
const PERIOD = /^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function list(value: string | null, pattern: RegExp): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => pattern.test(v)),
    ),
  ];
}

function year(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  return Number(value);
}

/** Reads a query string (`?ind=a,b&geo=province…`) into a selection. */
export function parseState(search: string | URLSearchParams): ExploreState {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const indicators = p.has('ind') ? list(p.get('ind'), ID) : DEFAULT_STATE.indicators;
  const [sortColumn, sortDirection] = (p.get('sort') ?? '').split(':');
  let from = year(p.get('from'));
  let to = year(p.get('to'));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    indicators,
    geo: oneOf(p.get('geo'), GEO_LEVELS, DEFAULT_STATE.geo),
    places: list(p.get('places'), PLACE),
    map: oneOf(p.get('map'), PROVINCE_MAPS, DEFAULT_STATE.map),
    from,
    to,
    periodType: oneOf(p.get('ptype'), PERIOD_TYPES, DEFAULT_STATE.periodType),
    allVersions: p.get('versions') === 'all',
    sort:
      sortColumn && COLUMN.test(sortColumn)
        ? { column: sortColumn, direction: sortDirection === 'desc' ? 'desc' : 'asc' }
        : null,
    sql: (p.get('sql') ?? '').slice(0, MAX_SQL),
    view: oneOf(p.get('view'), RESULT_VIEWS, DEFAULT_STATE.view),
    mapIndicator: ID.test(p.get('mapind') ?? '') ? p.get('mapind') : null,
    mapPeriod: PERIOD.test(p.get('at') ?? '') ? p.get('at') : null,
  };
}

/** Writes a selection as a query string; defaults are left out so links stay short. */
export function serializeState(state: ExploreState): string {
  const p = new URLSearchParams();
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
  if (!same(state.indicators, DEFAULT_STATE.indicators)) p.set('ind', state.indicators.join(','));
  if (state.geo !== DEFAULT_STATE.geo) p.set('geo', state.geo);
  if (state.places.length > 0) p.set('places', state.places.join(','));
  if (state.map !== DEFAULT_STATE.map) p.set('map', state.map);
  if (state.from !== null) p.set('from', String(state.from));
  if (state.to !== null) p.set('to', String(state.to));
  if (state.periodType !== DEFAULT_STATE.periodType) p.set('ptype', state.periodType);
  if (state.allVersions) p.set('versions', 'all');
  if (state.sort) p.set('sort', `${state.sort.column}:${state.sort.direction}`);
  if (state.view !== DEFAULT_STATE.view) p.set('view', state.view);
  if (state.mapIndicator) p.set('mapind', state.mapIndicator);
  if (state.mapPeriod) p.set('at', state.mapPeriod);
  if (state.sql.trim()) p.set('sql', state.sql);
  const text = p.toString();
  return text ? `?${text}` : '';
}

/**
 * The selection without the console's query, the way it is drawn and the year span: what the one DuckDB
 * query of a selection depends on (the span is cut from its answer in JavaScript, src/explore/cross-filter.ts).
 */
export function filterKey(state: ExploreState): string {
  return serializeState({
    ...state,
    from: null,
    to: null,
    sql: '',
    sort: null,
    view: DEFAULT_STATE.view,
    mapIndicator: null,
    mapPeriod: null,
  });
}

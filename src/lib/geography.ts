import type { IsoDate } from './dates.ts';
import { memoize } from './memo.ts';
import { NormalizeError } from './problems.ts';
import { foldText } from './text.ts';

/** Which province list a code belongs to: 63 provinces until 30 June 2025, 34 from 1 July 2025. */
export type ProvinceMap = '63' | '34';
export type GeoLevel = 'country' | 'province' | 'cluster';

export const COUNTRY_CODE = 'VN';
/** Last day of the 63-province map; Nghị quyết 202/2025/QH15 took effect the day after. */
export const MAP63_LAST_DAY: IsoDate = '2025-06-30';
export const MAP34_FIRST_DAY: IsoDate = '2025-07-01';

export interface AliasRow {
  alias: string;
  code: string;
  map: string;
  /** Last day the name was in use (Hà Tây: 2008-07-31); empty when still in use. */
  valid_to?: string | null;
  note?: string | null;
}
export interface ClusterAliasRow {
  alias: string;
  cluster_id: string;
}

export interface GeoMatch {
  code: string;
  level: GeoLevel;
  map: ProvinceMap | null;
}

const COUNTRY_NAMES = ['VN', 'Việt Nam', 'Viet Nam', 'Vietnam', 'Toàn quốc', 'cả nước', 'toàn ngành', 'national'];
// Prefixes that do not change which province is meant.
const PROVINCE_PREFIX = /^(?:tinh|thanh pho|tp|t p) /; // "T.P Hồ Chí Minh" folds to "t p …"

/** The lookup key of a place name: folded text without "Tỉnh"/"Thành phố"/"TP." in front. */
export const placeKey: (name: string) => string = memoize(placeKeyOnce);

function placeKeyOnce(name: string): string {
  return foldText(name).replace(PROVINCE_PREFIX, '').replace(/ /g, '');
}

function mapsInForce(start: IsoDate, end: IsoDate): ProvinceMap[] {
  const maps: ProvinceMap[] = [];
  if (end >= MAP34_FIRST_DAY) maps.push('34');
  if (start <= MAP63_LAST_DAY) maps.push('63');
  return maps; // the map at the period's end first: reports after the merger speak of the new units
}

export type GeoResolver = (name: string, start: IsoDate, end: IsoDate) => GeoMatch;

/**
 * Builds the one place-name resolver used by the build and by browser uploads. Refuses at
 * load time an alias table in which two provinces of the same map fold to the same key.
 */
export function createGeoResolver(aliases: readonly AliasRow[], clusters: readonly ClusterAliasRow[]): GeoResolver {
  const provinces = new Map<string, Map<ProvinceMap, string>>();
  const retired = new Map<string, AliasRow>();
  for (const row of aliases) {
    if (row.map !== '63' && row.map !== '34')
      throw new NormalizeError(`alias «${row.alias}»: map must be 63 or 34, not «${row.map}»`);
    const key = placeKey(row.alias);
    if (row.valid_to) {
      retired.set(key, row);
      continue;
    }
    const byMap = provinces.get(key) ?? new Map<ProvinceMap, string>();
    const existing = byMap.get(row.map);
    if (existing && existing !== row.code) {
      throw new NormalizeError(
        `aliases «${row.alias}» fold to «${key}», which already names province ${existing} ` +
          `on the ${row.map}-province map`,
      );
    }
    byMap.set(row.map, row.code);
    provinces.set(key, byMap);
  }
  const clusterIds = new Map<string, string>();
  for (const row of clusters) {
    clusterIds.set(placeKey(row.alias), row.cluster_id);
    clusterIds.set(placeKey(row.cluster_id), row.cluster_id);
  }
  const country = new Set(COUNTRY_NAMES.map(placeKey));

  return (name, start, end) => {
    const key = placeKey(name);
    if (!key) throw new NormalizeError('no place given');
    if (country.has(key)) return { code: COUNTRY_CODE, level: 'country', map: null };
    const cluster = clusterIds.get(key);
    if (cluster) return { code: cluster, level: 'cluster', map: null };
    const old = retired.get(key);
    if (old) {
      if (end <= old.valid_to!) return { code: old.code, level: 'province', map: '63' };
      throw new NormalizeError(
        `«${name}» was in use until ${old.valid_to}${old.note ? ` (${old.note})` : ''}; ` +
          `the period ${start}..${end} is after`,
      );
    }
    const byMap = provinces.get(key);
    if (!byMap) {
      const hint = closestKey(key, [...provinces.keys()]);
      const named = hint ? aliases.find((a) => placeKey(a.alias) === hint)?.alias : undefined;
      throw new NormalizeError(`unknown province «${name}»${named ? ` (did you mean «${named}»?)` : ''}`);
    }
    for (const map of mapsInForce(start, end)) {
      const code = byMap.get(map);
      if (code) return { code, level: 'province', map };
    }
    const [onlyMap] = [...byMap.keys()];
    const era =
      onlyMap === '63'
        ? `the 63-province map, which ended on ${MAP63_LAST_DAY}`
        : `the 34-province map, in force from ${MAP34_FIRST_DAY}`;
    throw new NormalizeError(`«${name}» is a province of ${era}; it did not exist in ${start}..${end}`);
  };
}

const MAX_HINT_LENGTH = 80;

/** The key nearest by edit distance, if it is near enough to be a likely typo. */
function closestKey(key: string, keys: readonly string[]): string | undefined {
  // No place name is longer than this: a longer cell is no typo, and the search stays cheap (a 5 MB cell).
  if (key.length > MAX_HINT_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 4)) + 1;
  for (const candidate of keys) {
    if (Math.abs(candidate.length - key.length) >= bestDistance) continue;
    const d = editDistance(key, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

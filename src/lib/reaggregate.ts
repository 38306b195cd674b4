/**
 * The 63 → 34 rule, stated once for every query that puts figures of the old provinces on the new
 * map (the topic pages' map in src/lib/queries.ts, Explore in src/explore/filters.ts).
 *
 * On 1 July 2025 the 63 provinces became 34; `geo.successor_code` names the new province each old one
 * became part of. A new province's figure for a period before that date can be formed from its old
 * provinces' figures only when every one of them published a figure with its counts: numerators and
 * denominators are summed, then divided (rates are never averaged). A figure formed from some of them
 * would be a part presented as the whole, so it is left empty and the reader is told why.
 */

/** How many old provinces formed the new province whose code is the SQL expression `code`. */
export function formingProvincesSql(code: string): string {
  return `(SELECT count(*) FROM geo old WHERE old.map = '63' AND old.successor_code = ${code})`;
}

/**
 * The province a figure counts towards on `map`: its own code if it was published on that map, else
 * (onto the 34) the new province its old one became part of; NULL if it cannot be placed (onto the 63).
 * `o` is the observations alias, `g` the geo row of the figure's own place.
 */
export function placedOnMapSql(map: '63' | '34', o = 'o', g = 'g'): string {
  return map === '34'
    ? `CASE WHEN ${o}.geo_map = '34' THEN ${o}.geo_code ELSE ${g}.successor_code END`
    : `CASE WHEN ${o}.geo_map = '63' THEN ${o}.geo_code END`;
}

/** SQL expressions counting, for one new province, its old provinces with a figure and with counts. */
export interface Coverage {
  reported: string;
  withCounts: string;
  members: string;
}

/** True when the old provinces' figures can form the new province's: every one reported, with counts. */
export function formsWholeSql(c: Coverage): string {
  return `(${c.reported} = ${c.members} AND ${c.withCounts} = ${c.members})`;
}

/** Why a new province has no formed figure: 'incomplete' (some old provinces missing), 'no_counts'. */
export function blockedReasonSql(c: Coverage): string {
  return `CASE WHEN ${c.reported} < ${c.members} THEN 'incomplete'
    WHEN ${c.withCounts} < ${c.members} THEN 'no_counts' END`;
}

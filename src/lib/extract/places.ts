import type { AliasRow, ClusterAliasRow, GeoResolver } from '../geography.ts';
import { COUNTRY_CODE } from '../geography.ts';
import { foldText } from '../text.ts';

/** A place named in the text: a province, a cluster, or the nation. */
export interface PlaceMention {
  start: number;
  end: number;
  /** As printed: "T.P Hồ Chí Minh", "tỉnh  Khánh  Hòa", "toàn Ngành". */
  text: string;
  /** 'VN' for the nation; otherwise the printed name, for the shared resolver to read. */
  geo: string;
}

// Words that put a figure at national level. "Bộ Tư pháp" reports for the whole sector.
const NATIONAL =
  /\b(?:toan quoc|ca nuoc|toan nganh(?: tu phap)?|bo,? nganh tu phap|bo tu phap|toan he thong(?: thads)?)\b/g;
/** Words that mean "the whole sector": the nation in a ministry report, the province in a provincial one. */
export const SECTOR_WIDE = /^(?:toàn ngành|toàn hệ thống)/i;
const PREFIX = String.raw`(?:(?:tinh|thanh pho|t\.? ?p\.?)\s*)?`;

export interface PlaceFinder {
  find(sentence: string, folded: string, offset: number): PlaceMention[];
}

/**
 * Builds a finder for every alias of data/geo/aliases.csv and cluster_aliases.csv, matched in
 * folded text with any spacing, hyphens or dots between words and an optional "tỉnh", "thành phố",
 * "TP."/"T.P"/"Tp." before. Which province a name is stays the shared resolver's job (geography.ts).
 */
export function createPlaceFinder(aliases: readonly AliasRow[], clusters: readonly ClusterAliasRow[]): PlaceFinder {
  const names = new Set<string>();
  for (const row of [...aliases.map((a) => a.alias), ...clusters.map((c) => c.alias)]) {
    const key = foldText(row);
    if (key.length >= 3) names.add(key);
  }
  const alternatives = [...names]
    .sort((a, b) => b.length - a.length)
    .map((key) =>
      key
        .split(' ')
        .map((word) => word.replace(/[^a-z0-9]/g, ''))
        .filter(Boolean)
        .join('[\\s.\\-–—]*'),
    );
  const pattern = new RegExp(`(?<![a-z0-9])${PREFIX}(?:${alternatives.join('|')})(?![a-z0-9])`, 'g');
  return {
    find(sentence, folded, offset) {
      const found: PlaceMention[] = [];
      for (const m of folded.matchAll(pattern)) {
        const text = sentence.slice(m.index, m.index + m[0].length);
        if (!/^\p{Lu}|^(?:tỉnh|thành phố)/u.test(text)) continue; // "hòa bình" in lower case is peace, not the province
        found.push({ start: offset + m.index, end: offset + m.index + m[0].length, text, geo: text });
      }
      for (const m of folded.matchAll(NATIONAL)) {
        const text = sentence.slice(m.index, m.index + m[0].length);
        found.push({ start: offset + m.index, end: offset + m.index + m[0].length, text, geo: COUNTRY_CODE });
      }
      return found.sort((a, b) => a.start - b.start);
    },
  };
}

/** The province or cluster code of a mention, or null when the shared resolver refuses it for the period. */
export function resolvePlace(
  resolve: GeoResolver,
  place: PlaceMention,
  start: string,
  end: string,
): { code: string; name: string } | null {
  if (place.geo === COUNTRY_CODE) return { code: COUNTRY_CODE, name: 'Toàn quốc' };
  try {
    // Collapse the spacing reports use ("tỉnh  Khánh  Hòa") before the resolver reads it.
    const name = place.geo.replace(/\s+/g, ' ');
    return { code: resolve(name, start, end).code, name };
  } catch {
    return null;
  }
}

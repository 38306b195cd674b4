import type { AliasRow, ClusterAliasRow } from '../lib/geography.ts';
import { createGeoResolver } from '../lib/geography.ts';
import type { Indicator } from '../lib/indicators.ts';
import { createPlaceFinder, type ExtractContext } from '../lib/extract/index.ts';

/** The reference tables the page embeds at build (from the Parquet the build wrote), for the extractor. */
export interface ExtractReference {
  indicators: Indicator[];
  aliases: AliasRow[];
  clusters: ClusterAliasRow[];
}

export function extractContextOf(reference: ExtractReference): ExtractContext {
  return {
    indicators: new Map(reference.indicators.map((i) => [i.id, i])),
    resolveGeo: createGeoResolver(reference.aliases, reference.clusters),
    places: createPlaceFinder(reference.aliases, reference.clusters),
  };
}

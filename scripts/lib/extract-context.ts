import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../src/lib/csv.ts';
import type { IsoDate } from '../../src/lib/dates.ts';
import { createGeoResolver } from '../../src/lib/geography.ts';
import { createPlaceFinder, type ExtractContext } from '../../src/lib/extract/index.ts';
import { readAliases, readClusterAliases, readIndicators } from '../../src/lib/reference.ts';

/** The extractor's reference tables, read from a data folder (default data/). */
export function extractContext(dataDir = 'data', reportDate: IsoDate | null = null): ExtractContext {
  const read = (file: string) => parseCsv(readFileSync(path.join(dataDir, file), 'utf8'), file);
  const indicators = readIndicators(read('indicators.csv')).indicators;
  const aliases = readAliases(read('geo/aliases.csv')).aliases;
  const clusters = readClusterAliases(read('geo/cluster_aliases.csv')).aliases;
  return {
    indicators: new Map(indicators.map((i) => [i.id, i])),
    resolveGeo: createGeoResolver(aliases, clusters),
    places: createPlaceFinder(aliases, clusters),
    reportDate,
  };
}

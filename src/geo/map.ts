import type { FeatureCollection, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ProvinceMap } from '../lib/geography.ts';

/** Where the map asset is served from; `npm run map` writes it. */
export const MAP_URL = '/map/vietnam.topo.json';

export interface ProvinceProperties {
  code: string;
  name_vi: string;
  name_en: string;
  /** 34-map provinces: the old codes they were formed from, `|`-separated. */
  merged_from?: string;
}
export type ProvinceFeatures = FeatureCollection<MultiPolygon, ProvinceProperties>;
export type VietnamTopology = Topology<{
  p63: GeometryCollection<ProvinceProperties>;
  p34: GeometryCollection<ProvinceProperties>;
}>;

/** The provinces of one map (63 until 2025-06-30, 34 from 2025-07-01) as GeoJSON. */
export function provinceFeatures(topology: VietnamTopology, map: ProvinceMap): ProvinceFeatures {
  return feature(topology, map === '63' ? topology.objects.p63 : topology.objects.p34) as unknown as ProvinceFeatures;
}

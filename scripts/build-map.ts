// npm run map: province boundaries (Natural Earth admin-1, public domain: data/geo/boundaries/README.md) →
// public/map/vietnam.topo.json with two objects: p63 (63 provinces, to 2025-06-30) and p34 (34, from
// 2025-07-01), the second dissolved from the first on shared arcs. Hoàng Sa and Trường Sa are added to
// Đà Nẵng and Khánh Hòa; Natural Earth's stray islands are given to their provinces.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { parseCsv } from '../src/lib/csv.ts';
import { createGeoResolver } from '../src/lib/geography.ts';
import { readAliases } from '../src/lib/reference.ts';
import { readRecords } from '../src/lib/records.ts';
import { ARCHIPELAGOS, ISLAND_OWNERS, islandSymbol } from '../src/geo/islands.ts';

const SOURCE = 'data/geo/boundaries/vnm-admin1.geojson';
const OUT = 'public/map/vietnam.topo.json';
/** Keep this share of the vertices that matter most; the asset budget is 150 KB gzipped. */
const KEEP = 0.25;

const readTable = async (file: string) => parseCsv(await readFile(file, 'utf8'), file);
const { aliases } = readAliases(await readTable('data/geo/aliases.csv'));
const resolve = createGeoResolver(aliases, []);
const provinces63 = readRecords(await readTable('data/geo/provinces63.csv'), [
  'code',
  'short_vi',
  'name_ascii',
]).records;
const provinces34 = readRecords(await readTable('data/geo/provinces34.csv'), [
  'code',
  'short_vi',
  'name_ascii',
]).records;
const merger = readRecords(await readTable('data/geo/merger2025.csv'), ['old_code', 'new_code']).records;
const successor = new Map(merger.map((m) => [m.old_code!, m.new_code!]));

const source = JSON.parse(await readFile(SOURCE, 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  Record<string, string | null>
>;
const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
const centroid = (polygon: Position[][]): Position => {
  const ring = polygon[0]!;
  return [ring.reduce((s, p) => s + p[0]!, 0) / ring.length, ring.reduce((s, p) => s + p[1]!, 0) / ring.length];
};

// 1. Key Natural Earth's features by GSO code, through the same resolver as the data (gn_name is the clean name).
const parts = new Map<string, Position[][][]>();
const strays: Position[][][] = [];
for (const f of source.features) {
  const gn = f.properties.gn_name;
  if (!gn) {
    strays.push(...polygonsOf(f.geometry)); // "Admin-1 minor island": islands of several provinces
    continue;
  }
  const { code } = resolve(gn.replace(/^(Tinh|Thanh Pho|Thanh pho|Huyen) /, ''), '2019-01-01', '2019-12-31');
  parts.set(code, [...(parts.get(code) ?? []), ...polygonsOf(f.geometry)]);
}

// 2. Stray islands go to the province whose coast is nearest, unless a known owner says otherwise.
const vertexDistance = (a: Position, polygons: Position[][][]) =>
  Math.min(...polygons.flatMap((p) => p[0]!.map((v) => Math.hypot(v[0]! - a[0]!, v[1]! - a[1]!))));
for (const island of strays) {
  const c = centroid(island);
  const known = ISLAND_OWNERS.find((o) => Math.hypot(o.lon - c[0]!, o.lat - c[1]!) < o.radius);
  const owner =
    known?.code ?? [...parts.entries()].sort((a, b) => vertexDistance(c, a[1]) - vertexDistance(c, b[1]))[0]![0];
  parts.get(owner)!.push(island);
}
// Natural Earth attaches Côn Đảo to Sóc Trăng; it belongs to Bà Rịa – Vũng Tàu (77), now Hồ Chí Minh.
for (const { from, to, test } of ISLAND_OWNERS.flatMap((o) =>
  o.moveFrom ? [{ from: o.moveFrom, to: o.code, test: o }] : [],
)) {
  const [keep, move] = [[], []] as [Position[][][], Position[][][]];
  for (const p of parts.get(from)!)
    (Math.hypot(test.lon - centroid(p)[0]!, test.lat - centroid(p)[1]!) < test.radius ? move : keep).push(p);
  parts.set(from, keep);
  parts.get(to)!.push(...move);
}
// 3. The archipelagos, drawn as symbols of their main islands and coloured with their province.
for (const a of ARCHIPELAGOS) parts.get(a.code)!.push(...a.islands.map((i) => islandSymbol(i.lon, i.lat)));

const names63 = new Map(provinces63.map((p) => [p.code!, p]));
if (parts.size !== 63 || provinces63.some((p) => !parts.has(p.code!)))
  throw new Error(`expected the 63 provinces, got ${parts.size}`);
const fc63: FeatureCollection<MultiPolygon> = {
  type: 'FeatureCollection',
  features: [...parts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, coordinates]) => ({
      type: 'Feature',
      id: code,
      properties: { code, name_vi: names63.get(code)!.short_vi, name_en: names63.get(code)!.name_ascii },
      geometry: { type: 'MultiPolygon', coordinates },
    })),
};

// 4. One topology: shared borders become shared arcs, simplified once for both maps.
let topo = topology({ p63: fc63 }, 1e5) as unknown as Topology<{
  p63: GeometryCollection<{ code: string; name_vi: string; name_en: string }>;
}>;
topo = presimplify(topo as never) as never;
topo = simplify(topo as never, quantile(topo as never, 1 - KEEP)) as never;
const simplified = feature(topo, topo.objects.p63) as FeatureCollection<
  MultiPolygon,
  { code: string; name_vi: string; name_en: string }
>;

// 5. Dissolve into the 34: each new province is the union of the old ones merger2025.csv lists.
const features34: Array<Feature<MultiPolygon>> = provinces34.map((p) => {
  const members = topo.objects.p63.geometries.filter(
    (g) => successor.get((g.properties as { code: string }).code) === p.code,
  );
  return {
    type: 'Feature',
    id: p.code!,
    properties: {
      code: p.code!,
      name_vi: p.short_vi!,
      name_en: p.name_ascii!,
      merged_from: members
        .map((g) => (g.properties as { code: string }).code)
        .sort()
        .join('|'),
    },
    geometry: merge(topo as never, members as never) as MultiPolygon,
  };
});
const fc34: FeatureCollection<MultiPolygon> = { type: 'FeatureCollection', features: features34 };
const final = topology({ p63: simplified, p34: fc34 } as never, 1e4);
const text = JSON.stringify(final);
await mkdir(path.dirname(OUT), { recursive: true });
await writeFile(`${OUT}.tmp`, text);
await rename(`${OUT}.tmp`, OUT);
console.log(
  `build-map: ${OUT}: 63 + ${features34.length} provinces, ${text.length} B, ${gzipSync(text).length} B gzipped`,
);

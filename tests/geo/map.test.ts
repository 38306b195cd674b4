import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoArea, geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { ARCHIPELAGOS } from '../../src/geo/islands.ts';
import { provinceFeatures, type VietnamTopology } from '../../src/geo/map.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { readRecords } from '../../src/lib/records.ts';

// The asset `npm run map` builds (npm test builds it first).
const text = readFileSync('public/map/vietnam.topo.json', 'utf8');
const topology = JSON.parse(text) as VietnamTopology;
const table = (file: string, columns: string[]) =>
  readRecords(parseCsv(readFileSync(file, 'utf8'), file), columns).records;
const provinces63 = table('data/geo/provinces63.csv', ['code']);
const provinces34 = table('data/geo/provinces34.csv', ['code', 'merged_from_old_codes']);
const merger = table('data/geo/merger2025.csv', ['old_code', 'new_code']);
const map63 = provinceFeatures(topology, '63');
const map34 = provinceFeatures(topology, '34');
const byCode = (fc: typeof map63, code: string) => fc.features.find((f) => f.properties.code === code)!;

describe('the province map asset', () => {
  it('has the 63 provinces of provinces63.csv and the 34 of provinces34.csv', () => {
    expect(map63.features.map((f) => f.properties.code).sort()).toEqual(provinces63.map((p) => p.code).sort());
    expect(map34.features.map((f) => f.properties.code).sort()).toEqual(provinces34.map((p) => p.code).sort());
  });

  it('forms each of the 34 from exactly the old provinces merger2025.csv lists', () => {
    for (const p of provinces34) {
      const listed = merger
        .filter((m) => m.new_code === p.code)
        .map((m) => m.old_code)
        .sort();
      expect(byCode(map34, p.code!).properties.merged_from?.split('|'), p.code).toEqual(listed);
      expect(p.merged_from_old_codes!.split('|').sort(), p.code).toEqual(listed);
    }
  });

  it('covers with each new province the same ground as its old provinces together', () => {
    for (const f of map34.features) {
      const parts = f.properties.merged_from!.split('|').map((code) => geoArea(byCode(map63, code)));
      expect(geoArea(f)).toBeCloseTo(
        parts.reduce((a, b) => a + b, 0),
        9,
      );
    }
  });

  it('shows Hoàng Sa with Đà Nẵng and Trường Sa with Khánh Hòa on both maps', () => {
    for (const fc of [map63, map34]) {
      for (const archipelago of ARCHIPELAGOS) {
        for (const island of archipelago.islands) {
          expect(
            geoContains(byCode(fc, archipelago.code), [island.lon, island.lat]),
            `${archipelago.name_vi} ${island.lon},${island.lat}`,
          ).toBe(true);
        }
      }
    }
  });

  it('puts Côn Đảo in Bà Rịa – Vũng Tàu, then in Hồ Chí Minh, not in Sóc Trăng', () => {
    const conDao: [number, number] = [106.6, 8.69];
    expect(geoContains(byCode(map63, '77'), conDao)).toBe(true);
    expect(geoContains(byCode(map63, '94'), conDao)).toBe(false);
    expect(geoContains(byCode(map34, '79'), conDao)).toBe(true);
  });

  it('is under 150 KB gzipped', () => {
    expect(gzipSync(text).length).toBeLessThan(150_000);
  });
});

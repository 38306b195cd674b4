import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBuildDocument } from '../../src/build/dom.ts';
import { provinceLabel, type ProvinceValue } from '../../src/charts/choropleth.ts';
import { exploreMap, recolourMap } from '../../src/explore/map.ts';
import { provinceFeatures, type VietnamTopology } from '../../src/geo/map.ts';

// A brushed span recolours Explore's map where it stands: the outcome must be the drawing exploreMap gives.
const topology = JSON.parse(readFileSync('public/map/vietnam.topo.json', 'utf8')) as VietnamTopology;
const provinces = provinceFeatures(topology, '63').features.map((f) => f.properties);

function values(base: number, step: number, without: string[] = []): Map<string, ProvinceValue> {
  return new Map(
    provinces.map((p, i) => {
      const value = without.includes(p.code) ? null : base + ((i * step) % 25);
      return [
        p.code,
        { value, label: value === null ? `${p.name_vi}: không có` : provinceLabel(p.name_vi, value, 'vi') },
      ];
    }),
  );
}

describe("Explore's map recoloured in place", () => {
  it('gives the fresh drawing of new values, its legend too once those classes were drawn', () => {
    const doc = createBuildDocument();
    const draw = (v: Map<string, ProvinceValue>, heading: string) =>
      exploreMap(topology, '63', v, heading, { lang: 'vi', width: 640, document: doc });
    const shown = draw(values(65, 7), 'Tỷ lệ, 2023'); // classes from 60 %
    const before = shown.outerHTML;
    // Other classes (from 70 %), never drawn: refused, nothing changed.
    expect(recolourMap(shown, '63', values(75, 3), 'Tỷ lệ, 2024', 'vi')).toBe(false);
    expect(shown.outerHTML).toBe(before);
    const fresh70 = draw(values(75, 3), 'Tỷ lệ, 2024');
    // Now drawn once: the legend is taken, every province recoloured and renamed.
    expect(recolourMap(shown, '63', values(75, 3), 'Tỷ lệ, 2024', 'vi')).toBe(true);
    expect(shown.outerHTML).toBe(fresh70.outerHTML);
    // Back to the first classes, other values.
    expect(recolourMap(shown, '63', values(64, 11), 'Tỷ lệ, 2022', 'vi')).toBe(true);
    expect(shown.outerHTML).toBe(draw(values(64, 11), 'Tỷ lệ, 2022').outerHTML);
    // A province without a value is drawn apart (hatched): a new drawing, not a recolouring.
    expect(recolourMap(shown, '63', values(64, 11, [provinces[5]!.code]), 'Tỷ lệ, 2022', 'vi')).toBe(false);
  });
});

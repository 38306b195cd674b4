import type { Position } from 'geojson';

/**
 * Viet Nam's archipelagos, which no boundary dataset on npm includes: Hoàng Sa belongs to Đà Nẵng (48),
 * Trường Sa to Khánh Hòa (56). They are drawn as small symbols at the approximate positions of their main
 * islands (WGS84), and coloured with their province: a map of Viet Nam without them is wrong.
 */
// Labels end at the map's eastern edge, so that they stay inside the frame.
export const ARCHIPELAGOS = [
  {
    code: '48',
    name_vi: 'Quần đảo Hoàng Sa',
    name_en: 'Hoang Sa (Paracel) Islands',
    label: { lon: 114.45, lat: 17.3 },
    islands: [
      { lon: 112.34, lat: 16.83 },
      { lon: 111.61, lat: 16.53 },
      { lon: 111.2, lat: 15.78 },
      { lon: 112.73, lat: 16.67 },
      { lon: 111.75, lat: 16.45 },
    ],
  },
  {
    code: '56',
    name_vi: 'Quần đảo Trường Sa',
    name_en: 'Truong Sa (Spratly) Islands',
    label: { lon: 114.45, lat: 12.0 },
    islands: [
      { lon: 111.92, lat: 8.64 },
      { lon: 114.36, lat: 10.38 },
      { lon: 114.28, lat: 11.05 },
      { lon: 114.33, lat: 11.43 },
      { lon: 114.33, lat: 9.88 },
      { lon: 112.92, lat: 7.87 },
    ],
  },
] as const;

/**
 * Islands whose owner the nearest coast would get wrong, and Natural Earth's misplaced Côn Đảo.
 * `radius` in degrees around the point.
 */
export const ISLAND_OWNERS: ReadonlyArray<{
  name: string;
  lon: number;
  lat: number;
  radius: number;
  code: string;
  moveFrom?: string;
}> = [
  { name: 'Bạch Long Vĩ (Hải Phòng)', lon: 107.72, lat: 20.13, radius: 0.3, code: '31' },
  { name: 'Côn Đảo (Bà Rịa – Vũng Tàu)', lon: 106.6, lat: 8.7, radius: 0.4, code: '77', moveFrom: '94' },
];

/** A small octagon, big enough to see on a national map (about 9 km across). */
export function islandSymbol(lon: number, lat: number, radius = 0.08): Position[][] {
  const ring: Position[] = [];
  for (let i = 0; i <= 8; i++) {
    const a = (-i / 8) * 2 * Math.PI; // clockwise: an exterior ring in d3-geo's spherical convention
    ring.push([lon + radius * Math.cos(a), lat + radius * Math.sin(a)]);
  }
  return [ring];
}

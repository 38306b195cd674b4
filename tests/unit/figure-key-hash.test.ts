import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repeatedPositions } from '../../scripts/lib/build.ts';
import { figureKey, figureKeyHash, figureKeyHashOf } from '../../src/lib/versions.ts';

// The build keeps one hash per row instead of the rows, and asks DuckDB only for rows whose hash repeats:
// equal keys must hash equal, and distinct keys of real shape must not collide.
describe('figureKeyHash', () => {
  const key = (indicator: string, geo: string, start: string) =>
    figureKey({
      indicator,
      geo_code: geo,
      organisation: null,
      subdivision: null,
      period_start: start,
      period_end: start,
    });

  it('is a whole number below 2^53, the same for the same key', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const hash = figureKeyHash(text);
        expect(Number.isSafeInteger(hash) && hash >= 0).toBe(true);
        expect(figureKeyHash(`${text}`)).toBe(hash);
      }),
    );
  });

  it('tells apart 200 000 keys of the synthetic shape (indicator × province × month)', () => {
    const hashes = new Set<number>();
    let keys = 0;
    for (let i = 0; i < 16; i++)
      for (let p = 1; p <= 63; p++)
        for (let m = 0; m < 200; m++) {
          const month = `${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
          hashes.add(figureKeyHash(key(`indicator_${i}`, String(p).padStart(2, '0'), month)));
          keys++;
        }
    expect(keys).toBe(201_600);
    expect(hashes.size).toBe(keys);
  });

  it('treats a missing organisation as an empty one, as chooseVersions does', () => {
    const base = { indicator: 'a', geo_code: '01', subdivision: null, period_start: 'x', period_end: 'y' };
    expect(figureKey({ ...base, organisation: null })).toBe(figureKey({ ...base, organisation: '' }));
  });

  it('is what figureKeyHashOf gives from the fields, without the joined key', () => {
    const part = fc.string({ unit: 'binary' });
    fc.assert(
      fc.property(part, part, fc.option(part), fc.option(part), part, part, (indicator, geo, org, sub, start, end) => {
        const o = {
          indicator,
          geo_code: geo,
          organisation: org,
          subdivision: sub,
          period_start: start,
          period_end: end,
        };
        expect(figureKeyHashOf(o)).toBe(figureKeyHash(figureKey(o)));
      }),
    );
  });
});

describe('repeatedPositions', () => {
  it('gives every position whose value occurs more than once, in order', () => {
    expect(repeatedPositions(Float64Array.from([5, 1, 5, 2, 1, 3]))).toEqual([0, 1, 2, 4]);
    expect(repeatedPositions(Float64Array.from([1, 2, 3]))).toEqual([]);
    expect(repeatedPositions(new Float64Array(0))).toEqual([]);
  });
});

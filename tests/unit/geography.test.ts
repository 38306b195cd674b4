import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import { createGeoResolver, type AliasRow } from '../../src/lib/geography.ts';
import { NormalizeError } from '../../src/lib/problems.ts';
import { readAliases } from '../../src/lib/reference.ts';

const { aliases } = readAliases(parseCsv(readFileSync('data/geo/aliases.csv', 'utf8'), 'data/geo/aliases.csv'));
const resolve = createGeoResolver(aliases, [
  { alias: 'Khu vực thi đua Nam Trung Bộ và Tây Nguyên', cluster_id: 'kvtd-ntb-tn' },
]);
const OLD_MAP = ['2019-01-01', '2019-12-31'] as const;
const NEW_MAP = ['2025-07-01', '2025-12-31'] as const;
const era = (map: string): readonly [string, string] => (map === '63' ? OLD_MAP : NEW_MAP);

describe('province names', () => {
  it('has the embedded alias table', () => {
    expect(aliases.length).toBeGreaterThan(200);
  });

  it('resolves every alias of the embedded table in NFC, NFD and upper case', () => {
    for (const { alias, code, map, valid_to } of aliases) {
      if (valid_to) continue; // retired names: tested below
      for (const spelling of [alias.normalize('NFC'), alias.normalize('NFD'), alias.toUpperCase()]) {
        expect(resolve(spelling, ...era(map)), `${spelling} (${map})`).toMatchObject({ code, map, level: 'province' });
      }
    }
  });

  it.each([
    ['Hòa Bình', '17'],
    ['Hoà Bình', '17'],
    ['HOÀ BÌNH', '17'],
    ['TP.HCM', '79'],
    ['TP. Hồ Chí Minh', '79'],
    ['Thành phố Hồ Chí Minh', '79'],
    ['Hồ Chí Minh', '79'],
    ['Đắk Lắk', '66'],
    ['Đăk Lăk', '66'],
    ['Dak Lak', '66'],
    ['Daklak', '66'],
    ['Bà Rịa - Vũng Tàu', '77'],
    ['Bà Rịa–Vũng Tàu', '77'],
    ['Bà Rịa-Vũng Tàu', '77'],
    ['Tỉnh Long An', '80'],
    ['  long   an ', '80'],
    ['Thừa Thiên Huế', '46'],
    ['Thừa Thiên - Huế', '46'],
  ])('«%s» is province %s on the 63-province map', (name, code) => {
    expect(resolve(name, ...OLD_MAP)).toEqual({ code, level: 'province', map: '63' });
  });

  it('resolves national and cluster names', () => {
    for (const name of ['VN', 'Toàn quốc', 'toàn quốc', 'Việt Nam'])
      expect(resolve(name, ...OLD_MAP)).toEqual({ code: 'VN', level: 'country', map: null });
    expect(resolve('Khu vực thi đua Nam Trung Bộ và Tây Nguyên', ...OLD_MAP).level).toBe('cluster');
  });

  it('uses the map in force: Tây Ninh is 72 before 1 July 2025 and 80 (with Long An) after', () => {
    expect(resolve('Tây Ninh', ...OLD_MAP).code).toBe('72');
    expect(resolve('Tây Ninh', ...NEW_MAP).code).toBe('80');
  });

  it('refuses a name that no longer exists under the period’s map, and says why', () => {
    expect(() => resolve('Long An', ...NEW_MAP)).toThrow(/63-province map, which ended on 2025-06-30/);
  });

  it('refuses a name retired before the period: Hà Tây in 2019', () => {
    expect(() => resolve('Hà Tây', ...OLD_MAP)).toThrow(
      /«Hà Tây» was in use until 2008-07-31 \(merged into Hà Nội from 2008-08-01/,
    );
    expect(resolve('Hà Tây', '2007-01-01', '2007-12-31').code).toBe('01');
  });

  it('reads the Icelandic Ð that stands in for Đ in Natural Earth names', () => {
    expect(resolve('Ðồng Tháp', ...OLD_MAP).code).toBe('87');
  });

  it('refuses an unknown name and suggests the nearest', () => {
    expect(() => resolve('Long Ann', ...OLD_MAP)).toThrow(/unknown province «Long Ann» \(did you mean «Long An»\?\)/);
    expect(() => resolve('Atlantis', ...OLD_MAP)).toThrow(NormalizeError);
  });

  it('refuses an alias table in which two provinces fold to one key', () => {
    const clash: AliasRow[] = [
      { alias: 'Hà Nam', code: '35', map: '63' },
      { alias: 'HA-NAM', code: '01', map: '63' },
    ];
    expect(() => createGeoResolver(clash, [])).toThrow(/already names province 35/);
  });
});

describe('province resolver properties', () => {
  it('throws nothing but NormalizeError, whatever the name or period', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 1990, max: 2030 }), (name, year) => {
        try {
          const match = resolve(name, `${year}-01-01`, `${year}-12-31`);
          expect(['country', 'province', 'cluster']).toContain(match.level);
        } catch (error) {
          expect(error).toBeInstanceOf(NormalizeError);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips: any spelling variant of an alias resolves to the alias’s code', async () => {
    const fc = (await import('fast-check')).default;
    const current = aliases.filter((a) => !a.valid_to);
    fc.assert(
      fc.property(
        fc.constantFrom(...current),
        fc.constantFrom('NFC', 'NFD'),
        fc.boolean(),
        fc.constantFrom('', 'Tỉnh ', 'tỉnh ', '  '),
        (a, form, upper, prefix) => {
          // One "Tỉnh" is a spelling, two are junk.
          const prefixed = /^(tỉnh|thành phố|tp\b)/i.test(a.alias) ? '' : prefix;
          const spelled = `${prefixed}${upper ? a.alias.toUpperCase() : a.alias}`.normalize(form as 'NFC' | 'NFD');
          expect(resolve(spelled, ...era(a.map)).code).toBe(a.code);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

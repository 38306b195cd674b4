import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/lib/observations.ts';
import { kindAuthority, orderByAuthority } from '../../src/lib/sources.ts';
import { chooseVersions } from '../../src/lib/versions.ts';

describe('ordering sources by authority', () => {
  it('lists an official report, a portal, the press and a repost in that order, whatever their dates', () => {
    const sources = [
      { id: 'xe-today', kind: 'repost', date: '2025-12-13' },
      { id: 'ngaynay', kind: 'press', date: '2025-12-12' },
      { id: 'thads-portal', kind: 'official_portal', date: '2023-01-01' },
      { id: 'government-report', kind: 'official_report', date: '2023-10-24' },
    ];
    expect(orderByAuthority(sources).map((s) => s.id)).toEqual([
      'government-report',
      'thads-portal',
      'ngaynay',
      'xe-today',
    ]);
  });

  it('puts the latest first within a kind, undated and unknown kinds last', () => {
    const sources = [
      { id: 'b', kind: 'press', date: null },
      { id: 'c', kind: null, date: '2025-01-01' },
      { id: 'a', kind: 'press', date: '2024-01-01' },
      { id: 'd', kind: 'press', date: '2025-01-01' },
    ];
    expect(orderByAuthority(sources).map((s) => s.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(kindAuthority('official_report')).toBeLessThan(kindAuthority('repost'));
    expect(kindAuthority('unknown')).toBeGreaterThan(kindAuthority('repost'));
  });
});

function figure(source_id: string, value: number, line: number): Observation {
  return {
    indicator: 'thads_case_rate',
    geo_code: 'VN',
    geo_level: 'country',
    geo_map: null,
    organisation: null,
    subdivision: null,
    period_label: null,
    period_start: '2024-10-01',
    period_end: '2025-09-30',
    period_type: 'year',
    numerator: null,
    denominator: null,
    value,
    value_reported: value,
    bound: 'exact',
    unit: 'percent',
    source_id,
    notes: null,
    file: 'published/thads.csv',
    line,
  } as Observation;
}

describe('choosing the version of a figure shown', () => {
  const dates = new Map([
    ['ngaynay', '2025-12-12'],
    ['xe-today', '2025-12-13'],
    ['cafef', '2025-10-03'],
  ]);
  const kinds = new Map([
    ['ngaynay', 'press'],
    ['xe-today', 'repost'],
    ['cafef', 'press'],
  ]);

  it('credits a value to the press report, not to the repost published a day later', () => {
    const rows = [figure('xe-today', 84.27, 3), figure('ngaynay', 84.27, 4)];
    const { preferred } = chooseVersions(rows, dates, kinds);
    expect(preferred).toEqual([false, true]);
  });

  it('still lets a later revision replace a preliminary figure, whatever the kinds', () => {
    const rows = [figure('cafef', 83.9, 3), figure('xe-today', 84.27, 4)];
    const { preferred } = chooseVersions(rows, dates, kinds);
    expect(preferred).toEqual([false, true]);
  });

  it('prefers an official source between undated versions', () => {
    const rows = [figure('press-undated', 83.25, 3), figure('portal-undated', 83.24, 4)];
    const { preferred } = chooseVersions(
      rows,
      new Map(),
      new Map([
        ['press-undated', 'press'],
        ['portal-undated', 'official_portal'],
      ]),
    );
    expect(preferred).toEqual([false, true]);
  });
});

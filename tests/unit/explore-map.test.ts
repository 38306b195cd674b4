import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/explore/filters.ts';
import { chooseMap, mapSummary, mapValues } from '../../src/explore/map.ts';
import { DEFAULT_STATE } from '../../src/explore/state.ts';
import { resultRow } from '../helpers/result-row.ts';

// Hà Nội's mediation success rate of 2023, 80/100, changed by `over`.
const row = (over: Partial<ResultRow>): ResultRow =>
  resultRow({
    indicator: 'mediation_success_rate',
    indicator_vi: 'Tỷ lệ hòa giải thành',
    indicator_en: 'Mediation success rate',
    place_code: '01',
    place_vi: 'Hà Nội',
    place_en: 'Ha Noi',
    period_start: '2023-01-01',
    period_end: '2023-12-31',
    numerator: 80,
    denominator: 100,
    ...over,
  });
const province = { ...DEFAULT_STATE, geo: 'province' as const };

describe('the Explore map', () => {
  const rows = [
    row({ place_code: '01', value: 80 }),
    row({ place_code: '79', place_vi: 'Hồ Chí Minh', value: 90 }),
    row({ place_code: '83', place_vi: 'Bến Tre', value: null, without_counts: 1, aggregated: true }),
    row({ place_code: '01', value: 70, period_start: '2024-01-01', period_end: '2024-12-31' }),
    row({ indicator: 'thads_case_rate', indicator_vi: 'THADS', place_code: '01', value: 75 }),
    row({ indicator: 'cases', kind: 'count', unit: 'việc', place_code: '01', value: 12 }),
  ];

  it('is offered for provinces with a rate, on the ranking chart’s period unless another is chosen', () => {
    expect(chooseMap(rows, DEFAULT_STATE)).toBeNull();
    expect(
      chooseMap(
        rows.filter((r) => r.kind === 'count'),
        province,
      ),
    ).toBeNull();
    const choice = chooseMap(rows, province)!;
    expect(choice.indicators.map((i) => i.id)).toEqual(['mediation_success_rate', 'thads_case_rate']);
    expect(choice.indicator).toBe('mediation_success_rate');
    expect(choice.period).toBe('2023-01-01..2023-12-31'); // two provinces against one
    expect(choice.periods.map((p) => [p.key, p.provinces])).toEqual([
      ['2024-01-01..2024-12-31', 1],
      ['2023-01-01..2023-12-31', 2],
    ]);
    expect(chooseMap(rows, { ...province, mapPeriod: '2024-01-01..2024-12-31' })!.period).toBe(
      '2024-01-01..2024-12-31',
    );
    expect(chooseMap(rows, { ...province, mapPeriod: '1999-01-01..1999-12-31' })!.period).toBe(
      '2023-01-01..2023-12-31',
    );
    expect(chooseMap(rows, { ...province, mapIndicator: 'thads_case_rate' })!.indicator).toBe('thads_case_rate');
    expect(chooseMap(rows, { ...province, mapIndicator: 'cases' })!.indicator).toBe('mediation_success_rate');
  });

  it('takes the result’s values as they are, one per province, and says why a province has none', () => {
    const whole = row({
      place_code: '04',
      place_vi: 'Tuyên Quang',
      value: 60,
      aggregated: true,
      figures: 2,
      places: 2,
      places_total: 2,
    });
    // New Lâm Đồng was formed from three old provinces; one reported: a part is not the whole.
    const blockedRow = row({
      place_code: '68',
      place_vi: 'Lâm Đồng',
      value: null,
      aggregated: true,
      figures: 1,
      places: 1,
      places_total: 3,
    });
    const body = row({ place_code: '79', place_vi: 'Hồ Chí Minh', organisation: 'Sở Tư pháp', value: 99 });
    const { values, shown, duplicates, blocked } = mapValues(
      [...rows, whole, blockedRow, body],
      { indicator: 'mediation_success_rate', period: '2023-01-01..2023-12-31' },
      'vi',
    );
    expect(shown.map((r) => [r.place_code, r.value])).toEqual([
      ['01', 80],
      ['79', 90],
      ['04', 60],
    ]);
    expect(values.get('79')!.label).toBe('Hồ Chí Minh: 90%');
    expect(values.get('83')).toEqual({
      value: null,
      label: 'Bến Tre: tỷ lệ công bố không kèm tử số, mẫu số: không gộp được',
    });
    expect(values.get('04')!.label).toBe('Tuyên Quang: 60% (cộng tử số, mẫu số của 2/2 tỉnh cũ)');
    expect(values.get('68')).toEqual({
      value: null,
      label: 'Lâm Đồng: chỉ 1/3 tỉnh cũ có số liệu: không gộp được',
    });
    expect([duplicates, blocked]).toEqual([1, 1]);
  });

  it('calls a province highest or lowest only when enough of the map has a figure, as the topic pages do', () => {
    // 2 of 63 provinces: the span of values, no superlative (a source may have praised the "lowest").
    const few = chooseMap(rows, province)!;
    const shown = rows.filter((r) => r.indicator === 'mediation_success_rate' && r.period_end === '2023-12-31');
    const valued = shown.filter((r) => r.value !== null);
    const vi = mapSummary(few, valued, '63', 'vi').subtitle;
    expect(vi).toContain('2/63 tỉnh, thành phố có số liệu; từ Hà Nội 80% đến Hồ Chí Minh 90%.');
    expect(vi).not.toMatch(/cao nhất|thấp nhất/);
    const en = mapSummary(few, valued, '63', 'en').subtitle;
    expect(en).toContain('2 of 63 provinces have a figure; from Ha Noi 80% to ');
    expect(en).not.toMatch(/highest|lowest/);
    // 20 of 34 provinces: enough to name the highest and the lowest.
    const many = Array.from({ length: 20 }, (_, i) =>
      row({ place_code: String(i + 1).padStart(2, '0'), place_vi: `Tỉnh ${i + 1}`, value: 60 + i }),
    );
    const subtitle = mapSummary(chooseMap(many, province)!, many, '34', 'vi').subtitle;
    expect(subtitle).toContain('20/34 tỉnh, thành phố có số liệu; cao nhất Tỉnh 20 79%, thấp nhất Tỉnh 1 60%.');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import { createGeoResolver } from '../../src/lib/geography.ts';
import type { Indicator } from '../../src/lib/indicators.ts';
import { normalizeObservations, type NormalizeContext } from '../../src/lib/observations.ts';
import { readAliases, readIndicators } from '../../src/lib/reference.ts';

const read = (file: string) => parseCsv(readFileSync(file, 'utf8'), file);
const context: NormalizeContext = {
  indicators: new Map<string, Indicator>(readIndicators(read('data/indicators.csv')).indicators.map((i) => [i.id, i])),
  sources: new Set(['s']),
  resolveGeo: createGeoResolver(readAliases(read('data/geo/aliases.csv')).aliases, []),
};
const HEADER =
  'indicator,geo,period_start,period_end,numerator,denominator,value_reported,source_id,' +
  'dates_assumed,denominator_scope,issue,issue_vi,issue_en';
const normalize = (...rows: string[]) =>
  normalizeObservations(parseCsv(['# locale: en', HEADER, ...rows].join('\n'), 't.csv'), context);

describe('a rate over an approximate count', () => {
  // Hà Nội 2025: "39.430 việc … trên tổng số hơn 46.500 việc có điều kiện, đạt 84,7%" (dantri, 30/12/2025).
  const row = 'thads_case_rate,Hà Nội,2024-10-01,2025-09-30,39430,hơn 46500,84.7,s,statistical_year,,,,';

  it('keeps the printed rate as the figure, not the 84,8% recomputed from "hơn 46.500"', () => {
    const { observations, problems, notes } = normalize(row);
    expect(problems).toEqual([]);
    expect(observations[0]).toMatchObject({
      value: 84.7,
      value_reported: 84.7,
      numerator: 39430,
      denominator: 46500,
      counts_approximate: true,
    });
    expect(notes.map((n) => n.kind)).toEqual(['approximate_counts']);
  });

  it('recomputes the rate when both counts are exact', () => {
    const { observations, notes } = normalize(row.replace('hơn 46500', '46500'));
    expect(observations[0]!.value).toBeCloseTo(84.796, 3);
    expect(observations[0]!.counts_approximate).toBe(false);
    expect(notes.map((n) => n.kind)).toEqual(['rate_discrepancy']);
  });

  it('refuses an approximate count with no printed rate to fall back on', () => {
    const { problems } = normalize(row.replace(',84.7,', ',,'));
    expect(problems.map((p) => p.column)).toEqual(['value_reported']);
  });
});

describe('curation columns', () => {
  it('marks assumed dates with how they were set, and the reach of a task denominator', () => {
    const { observations, problems } = normalize(
      'tasks_completed_rate,VN,2024-01-01,2024-06-30,104,113,,s,,all_assigned,,,',
      'thads_case_rate,VN,2021-10-01,2022-09-30,,,82.5,s,statistical_year,,,,',
    );
    expect(problems).toEqual([]);
    expect(observations.map((o) => [o.dates_assumed, o.dates_basis, o.denominator_scope])).toEqual([
      [false, null, 'all_assigned'],
      [true, 'statistical_year', null],
    ]);
  });

  it('makes no completion rate of tasks done over every task assigned, and keeps a printed one', () => {
    const { observations, problems } = normalize(
      'tasks_completed_rate,VN,2024-01-01,2024-12-17,49,212,,s,,all_assigned,,,',
      'tasks_completed_rate,VN,2024-01-01,2024-06-30,47,48,,s,,due,,,',
      'tasks_completed_rate,VN,2023-01-01,2023-06-30,37,97,38.1,s,,all_assigned,,,',
    );
    expect(problems).toEqual([]);
    expect(observations.map((o) => [o.numerator, o.denominator, o.value, o.value_reported])).toEqual([
      [49, 212, null, null],
      [47, 48, (47 / 48) * 100, null],
      [37, 97, 38.1, 38.1],
    ]);
  });

  it('turns an issue into a quality entry with its reason in both languages', () => {
    const { observations, notes } = normalize(
      'mediation_success_rate,Lâm Đồng,2014-01-01,2014-12-31,2408,3399,73.5,s,,,printed_rate_mismatch,' +
        '"Báo in 73,5% nhưng 2.408/3.399 = 70,84%.","Printed 73.5% but 2,408/3,399 = 70.84%."',
    );
    expect(observations[0]!.issue).toBe('printed_rate_mismatch');
    expect(notes.find((n) => n.kind === 'source_issue')).toMatchObject({
      line: 3,
      place: 'Lâm Đồng',
      geo_code: '68',
      code: 'printed_rate_mismatch',
      reason_vi: 'Báo in 73,5% nhưng 2.408/3.399 = 70,84%.',
      reason_en: 'Printed 73.5% but 2,408/3,399 = 70.84%.',
    });
  });

  it('refuses unknown codes and an issue without its reasons', () => {
    const { problems } = normalize(
      'thads_case_rate,VN,2021-10-01,2022-09-30,,,82.5,s,guessed,,,,',
      'thads_case_rate,VN,2020-10-01,2021-09-30,,,80,s,,some,,,',
      'thads_case_rate,VN,2019-10-01,2020-09-30,,,80,s,,,source_error,,',
    );
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [3, 'dates_assumed'],
      [4, 'denominator_scope'],
      [5, 'issue'],
    ]);
  });
});

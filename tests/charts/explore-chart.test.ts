import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBuildDocument } from '../../src/build/dom.ts';
import { chooseChart, exploreChart, rankedPeriod } from '../../src/charts/explore.ts';
import { expectGolden } from '../helpers/golden.ts';
import { statisticalYearRow } from '../helpers/result-row.ts';

// SVG snapshots of the Explore chart: fixed rows, fixed zone (vitest.config.ts), vi-VN formats.
const document = createBuildDocument();
const year = statisticalYearRow;
const snapshot = (name: string, svg: Element) =>
  expectGolden(`${svg.outerHTML}\n`, path.join('tests/output', `${name}.svg`));

describe('the Explore chart fits the result', () => {
  const series = [year(2022, 79.1), year(2023, 83.25), year(2024, 83.88)];
  const ranking = [
    year(2024, 83.88, { place_code: '01', place_vi: 'Hà Nội' }),
    year(2024, 90.5, { place_code: '79', place_vi: 'Hồ Chí Minh' }),
    year(2024, null, { place_code: '83', place_vi: 'Bến Tre', without_counts: 1 }),
  ];
  const money = [
    year(2023, 2.5e13, {
      indicator: 'thads_money_completed_vnd',
      indicator_vi: 'Số tiền thi hành xong',
      kind: 'money',
      unit: 'VND',
    }),
    year(2024, 3.1e13, {
      indicator: 'thads_money_completed_vnd',
      indicator_vi: 'Số tiền thi hành xong',
      kind: 'money',
      unit: 'VND',
    }),
  ];

  it('chooses a time series for one place, a ranking for one period, small multiples for several indicators', () => {
    expect(chooseChart(series).kind).toBe('series');
    expect(chooseChart(ranking).kind).toBe('ranking');
    expect(chooseChart([...series, ...money]).kind).toBe('multiples');
    expect(chooseChart([year(2024, null)]).kind).toBe('empty');
    // Many places over many periods: rank the period most places have.
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].flatMap((p, i) => [
      year(2023, 70 + i, { place_code: p, place_vi: p }),
      ...(i < 2 ? [year(2024, 80 + i, { place_code: p, place_vi: p })] : []),
    ]);
    expect(chooseChart(many)).toEqual({ kind: 'ranking', latestOnly: true });
    expect(rankedPeriod(many)?.period_end).toBe('2023-09-30');
  });

  it('draws one dot per value in a series, and one bar per place with a value in a ranking', () => {
    expect(exploreChart(series, { lang: 'vi', document }).querySelectorAll('circle')).toHaveLength(3);
    expect(exploreChart(ranking, { lang: 'vi', document }).querySelectorAll('rect')).toHaveLength(2);
  });

  it('series (vi)', () => snapshot('explore-series-vi', exploreChart(series, { lang: 'vi', document })));
  it('draws a year at its year: statistical year 2023 on the 2023 tick, not on the 2024 its end touches', () => {
    const svg = exploreChart(series, { lang: 'vi', document });
    const x = (el: Element) =>
      Number(/translate\(([\d.]+)/.exec(el.getAttribute('transform') ?? '')?.[1] ?? el.getAttribute('cx'));
    const ticks = [...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')];
    const tick = (year: string) => x(ticks.find((t) => t.textContent === year)!);
    const dots = [...svg.querySelectorAll('circle')].map(x).sort((a, b) => a - b);
    const yearWidth = tick('2024') - tick('2023');
    expect(Math.abs(dots[1]! - tick('2023'))).toBeLessThan(yearWidth / 2);
  });
  it('breaks a line where years are missing and keeps adjacent periods joined', () => {
    // Statistical years 2016, 2017, then 2020: the line must not pretend 2018 and 2019 were published.
    const gappy = [year(2016, 70), year(2017, 72), year(2020, 80)];
    const lines = (svg: Element) =>
      [...svg.querySelectorAll('g[aria-label="line"] path')].map((p) => p.getAttribute('d') ?? '');
    const paths = lines(exploreChart(gappy, { lang: 'vi', document }));
    expect(paths).toHaveLength(1);
    expect(paths[0]!.match(/M/g)).toHaveLength(2); // two runs: 2016–2017, then 2020 alone
    const joined = exploreChart([year(2016, 70), year(2017, 72), year(2018, 80)], { lang: 'vi', document });
    expect(lines(joined).map((d) => d.match(/M/g)?.length)).toEqual([1]);
  });
  it('small multiples with money in tỷ (vi)', () =>
    snapshot('explore-multiples-vi', exploreChart([...ranking, ...money], { lang: 'vi', document, width: 360 })));
});

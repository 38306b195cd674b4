import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBuildDocument } from '../../src/build/dom.ts';
import fc from 'fast-check';
import { chooseChart, exploreChart, rankedPeriod, singlePoints, updateRanking } from '../../src/charts/explore.ts';
import type { ResultRow } from '../../src/lib/result-row.ts';
import { plotRanking } from '../helpers/plot-ranking.ts';
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

  it('labels each dot with its figure when no place has a second period, and draws no warning mark', () => {
    const lone = [
      year(2020, 78, { place_code: '51', place_vi: 'Quảng Ngãi' }),
      year(2021, 83.99, { place_code: '30', place_vi: 'Hải Dương' }),
    ];
    expect(chooseChart(lone).kind).toBe('series');
    expect(singlePoints(lone)).toBe(true);
    expect(singlePoints(series)).toBe(false);
    expect(singlePoints([...lone, year(2021, 80, { place_code: '51', place_vi: 'Quảng Ngãi' })])).toBe(false);
    const svg = exploreChart(lone, { lang: 'vi', document });
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['78%', '83,99%']));
    // Plot draws a ⚠ in the corner of a chart it warned about (an implicit z of one point per series did).
    expect(svg.outerHTML).not.toContain('⚠');
    // Lines stay unlabelled: a figure beside every point of a line would bury it.
    expect(texts).not.toContain('79,1%');
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

describe('the chart kind and ranked period, counted without joined strings', () => {
  // The rule as first written (sets of joined "place|organisation" and "start|end" strings), to hold the
  // counting by ids equal to it: the same kind, the same dots, the same period ranked.
  const joined = (rows: ResultRow[]) => {
    const valued = rows.filter((r) => r.value !== null);
    const place = (r: ResultRow) => `${r.place_code}|${r.organisation ?? ''}`;
    const period = (r: ResultRow) => `${r.period_start}|${r.period_end}`;
    const places = new Set(valued.map(place)).size;
    const periods = new Set(valued.map(period)).size;
    const dots = new Set(valued.map((r) => `${place(r)}|${period(r)}`)).size === places;
    const counts = new Map<string, { row: ResultRow; places: Set<string> }>();
    for (const r of valued) {
      const entry = counts.get(period(r)) ?? { row: r, places: new Set<string>() };
      entry.places.add(place(r));
      counts.set(period(r), entry);
    }
    let best: { row: ResultRow; places: Set<string> } | null = null;
    for (const e of counts.values())
      if (
        !best ||
        e.places.size > best.places.size ||
        (e.places.size === best.places.size && e.row.period_end > best.row.period_end)
      )
        best = e;
    const kind = valued.length === 0 ? 'empty' : places === 1 || (periods > 1 && places <= 6) ? 'series' : 'ranking';
    return { kind, dots, latestOnly: kind === 'ranking' && periods > 1, ranked: best?.row ?? null };
  };
  const rowArb = fc
    .record({
      year: fc.integer({ min: 2016, max: 2024 }),
      value: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 6 }),
      place: fc.integer({ min: 0, max: 9 }),
      organisation: fc.constantFrom(null, 'Cục THADS', 'Chi cục'),
    })
    .map(({ year: y, value, place, organisation }) =>
      year(y, value, { place_code: `p${place}`, place_vi: `Tỉnh ${place}`, organisation }),
    );

  it('are what the joined strings gave', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), (rows) => {
        const want = joined(rows);
        const got = chooseChart(rows);
        expect(got.kind).toBe(want.kind);
        if (got.kind === 'ranking') expect(got.latestOnly).toBe(want.latestOnly);
        if (got.kind === 'series') expect(got.dots).toBe(want.dots);
        expect(rankedPeriod([...rows])).toBe(want.ranked);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the ranking, drawn by hand so that a span redraws it in place', () => {
  const place = (i: number) => ({
    place_code: `p${i}`,
    place_vi: `${['Hà Nội', 'Bà Rịa - Vũng Tàu', 'Huế', 'Cà Mau'][i % 4]!} ${i}`,
  });
  const units = [
    { unit: 'percent', kind: 'rate' },
    { unit: 'case', kind: 'count' },
    { unit: 'VND', kind: 'money', indicator: 'thads_money_completed_vnd' },
  ] as const;
  // Rows of one indicator over one or two periods: values of every size, ties, nulls, a place twice.
  const rowsArb = fc
    .record({
      unit: fc.constantFrom(...units),
      // Up to 70 bars, as many as the 63 provinces: Plot rounds the bars' band only when that wastes little room.
      values: fc.integer({ min: 2, max: 70 }).chain((n) =>
        fc.array(fc.option(fc.double({ min: 0, max: 1e13, noNaN: true }), { nil: null, freq: 8 }), {
          minLength: n,
          maxLength: n,
        }),
      ),
      scale: fc.constantFrom(1, 0.001, 1e-9),
      twoYears: fc.boolean(),
    })
    .map(({ unit, values, scale, twoYears }) =>
      values.map((v, i) =>
        year(
          twoYears && i % 3 === 0 ? 2023 : 2024,
          v === null ? null : unit.unit === 'percent' ? (v * 1e-11) % 100 : v * scale,
          {
            ...unit,
            ...place(i % 66),
          },
        ),
      ),
    )
    .filter((rows) => chooseChart(rows).kind === 'ranking');

  const rankingOf = (rows: ResultRow[], width: number) =>
    plotRanking(rows, { lang: 'vi', document, width }, chooseChart(rows).latestOnly);

  it('draws what Plot drew: every mark, attribute and text', () => {
    fc.assert(
      fc.property(rowsArb, fc.constantFrom(360, 640), (rows, width) => {
        expect(exploreChart(rows, { lang: 'vi', document, width }).outerHTML).toBe(rankingOf(rows, width).outerHTML);
      }),
      { numRuns: 150 },
    );
  });

  it('leaves out the axis, as Plot does, when the values are too close to zero to tick (CI found 0 and 5e-324)', () => {
    const rows = [0, 5e-324].map((v, i) =>
      year(2024, v, { unit: 'VND', kind: 'money', indicator: 'thads_money_completed_vnd', ...place(i) }),
    );
    const drawn = exploreChart(rows, { lang: 'vi', document, width: 360 });
    expect(drawn.querySelector('g[aria-label="x-grid"]')).toBeNull();
    expect(drawn.outerHTML).toBe(rankingOf(rows, 360).outerHTML);
    // Written over a ranking that had an axis, it loses the axis too.
    const axed = exploreChart([year(2024, 80, place(1)), year(2024, 70, place(2))], {
      lang: 'vi',
      document,
      width: 360,
    });
    const bars = [...axed.querySelectorAll('rect')];
    expect(updateRanking(axed, rows, 'vi')).toBe(true);
    expect(axed.outerHTML).toBe(rankingOf(rows, 360).outerHTML);
    // And back: the axis drawn again, the bars the same elements throughout.
    const again = [year(2024, 80, place(1)), year(2024, 70, place(2))];
    expect(updateRanking(axed, again, 'vi')).toBe(true);
    expect(axed.outerHTML).toBe(rankingOf(again, 360).outerHTML);
    const now = [...axed.querySelectorAll('rect')];
    expect(now.length === bars.length && now.every((r, i) => r === bars[i])).toBe(true);
  });

  it('written over with another result, is what a fresh drawing of that result is', () => {
    fc.assert(
      fc.property(rowsArb, rowsArb, fc.constantFrom(360, 640), (before, after, width) => {
        const drawn = exploreChart(before, { lang: 'vi', document, width });
        const marks = [...drawn.querySelectorAll('rect')];
        drawn.classList.add('chart-wide'); // as the page marks it (drawAtWidths): an update keeps it
        expect(updateRanking(drawn, after, 'vi')).toBe(true);
        expect(drawn.getAttribute('class')).toBe('plot-d6a7b5 chart-wide');
        drawn.classList.remove('chart-wide');
        expect(drawn.outerHTML).toBe(rankingOf(after, width).outerHTML);
        // Elements that still fit are kept: the first bars are the same nodes, only their attributes changed.
        const kept = Math.min(marks.length, drawn.querySelectorAll('rect').length);
        const now = [...drawn.querySelectorAll('rect')];
        expect(marks.slice(0, kept).every((m, i) => m === now[i])).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('is not written over by a result that is not a ranking, nor over a drawing it did not make', () => {
    const ranking = [year(2024, 80, place(1)), year(2024, 70, place(2))];
    const drawn = exploreChart(ranking, { lang: 'vi', document });
    const before = drawn.outerHTML;
    expect(updateRanking(drawn, [year(2023, 80), year(2024, 82)], 'vi')).toBe(false); // a series
    expect(drawn.outerHTML).toBe(before);
    expect(updateRanking(rankingOf(ranking, 640), ranking, 'vi')).toBe(false);
  });
});

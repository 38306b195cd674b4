import path from 'node:path';
import { describe, it } from 'vitest';
import { enforcementChart } from '../../src/charts/enforcement.ts';
import { rankingChart } from '../../src/charts/ranking.ts';
import { sparkline } from '../../src/charts/sparkline.ts';
import { createBuildDocument } from '../../src/build/dom.ts';
import type { FigureRow, ProvinceFigureRow, TargetRow } from '../../src/lib/queries.ts';
import { expectGolden } from '../helpers/golden.ts';

// SVG snapshots: fixed rows, fixed zone (vitest.config.ts), vi-VN formats set explicitly by the charts.
const document = createBuildDocument();
const figure = (over: Partial<FigureRow>): FigureRow => ({
  indicator: 'thads_case_rate',
  geo_code: 'VN',
  organisation: null,
  period_start: '2021-10-01',
  period_end: '2022-09-30',
  period_type: 'year',
  value: 80,
  value_reported: 80,
  numerator: null,
  denominator: null,
  bound: 'exact',
  unit: 'percent',
  source_id: 's',
  source_title: 'T',
  source_publisher: 'P',
  source_url: null,
  source_date: null,
  source_kind: null,
  notes: null,
  ...over,
});
const year = (y: number, value: number) => figure({ period_start: `${y - 1}-10-01`, period_end: `${y}-09-30`, value });
const target = (y: number, value: number): TargetRow => ({
  period_start: `${y - 1}-10-01`,
  period_end: `${y}-09-30`,
  value,
  bound: 'exact',
  source_id: 's',
  source_title: 'T',
  source_url: null,
});

const snapshot = (name: string, svg: Element) =>
  expectGolden(`${svg.outerHTML}\n`, path.join('tests/output', `${name}.svg`));

describe('chart snapshots', () => {
  it('enforcement rate against targets (vi)', () => {
    snapshot(
      'enforcement-vi',
      enforcementChart(
        [
          year(2022, 79.1),
          year(2023, 83.25),
          year(2024, 83.88),
          figure({ period_type: 'half', period_end: '2025-03-31', period_start: '2024-10-01', value: 51 }),
        ],
        [target(2023, 82.5), target(2024, 83.25)],
        { lang: 'vi', document },
      ),
    );
  });

  it('enforcement rate against targets (en)', () => {
    snapshot(
      'enforcement-en',
      enforcementChart([year(2023, 83.25), year(2024, 83.88)], [target(2024, 83.25)], { lang: 'en', document }),
    );
  });

  it('provinces ranked with the national reference', () => {
    const province = (code: string, name: string, value: number): ProvinceFigureRow => ({
      ...figure({ geo_code: code, value }),
      name_vi: name,
      name_en: name.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
      geo_map: '63',
    });
    snapshot(
      'ranking-vi',
      rankingChart([province('80', 'Long An', 90.2), province('83', 'Bến Tre', 91)], 85.05, { lang: 'vi', document }),
    );
  });

  it('sparkline', () => {
    snapshot(
      'sparkline',
      sparkline([year(2022, 79.1), year(2023, 83.25), year(2024, 83.88)], { lang: 'vi', document }),
    );
  });
});

import { DEFAULT_STATE, type ExploreState, serializeState } from '../explore/state.ts';
import type { ViewParams } from './view.ts';

const MEASURES: Record<string, { rate: string; target: string; total: string; withConditions: string }> = {
  case: {
    rate: 'thads_case_rate',
    target: 'thads_case_target',
    total: 'thads_cases_total',
    withConditions: 'thads_cases_with_conditions',
  },
  money: {
    rate: 'thads_money_rate',
    target: 'thads_money_target',
    total: 'thads_money_total_vnd',
    withConditions: 'thads_money_with_conditions_vnd',
  },
};

/**
 * The Explore selection that shows what a figure shows (its indicators, places, map and period), as the
 * query string of Explore's address (src/explore/state.ts), so "Mở trong Khám phá" opens it there.
 */
function exploreQuery(view: string, params: ViewParams): string {
  const measure = MEASURES[params.measure ?? 'case'] ?? MEASURES.case!;
  const [start, end] = (params.period ?? '').split('..');
  const years = start && end ? { from: Number(end.slice(0, 4)), to: Number(end.slice(0, 4)) } : {};
  const state: ExploreState = { ...DEFAULT_STATE };
  if (view === 'enforcement') Object.assign(state, { indicators: [measure.rate, measure.target] });
  else if (view === 'workload') Object.assign(state, { indicators: [measure.total, measure.withConditions] });
  else if (view === 'tasks') Object.assign(state, { indicators: ['tasks_completed_rate'], periodType: 'all' });
  else if (view === 'ranking' || view === 'choropleth') {
    const indicator = params.indicator ?? 'mediation_success_rate';
    Object.assign(state, {
      indicators: [indicator],
      geo: 'province',
      periodType: 'all',
      ...years,
      map: params.map === '34' ? '34' : '63',
      view: view === 'choropleth' ? 'map' : 'chart',
      mapIndicator: view === 'choropleth' ? indicator : null,
      mapPeriod: view === 'choropleth' && start && end ? `${start}..${end}` : null,
    });
  }
  return serializeState(state);
}

/**
 * The address of Explore showing what a figure shows, opened at its result (`#result`), not at the filters above
 * it: on a phone they fill the first screen, and the reader came for the figure.
 */
export function exploreAddress(explorePath: string, view: string, params: ViewParams): string {
  return `${explorePath}${exploreQuery(view, params)}#result`;
}

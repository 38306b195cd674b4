import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  filterKey,
  GEO_LEVELS,
  parseState,
  PERIOD_TYPES,
  serializeState,
  type ExploreState,
} from '../../src/explore/state.ts';

describe('Explore URL state', () => {
  it('is empty for the default selection and reads back the same from an empty query', () => {
    expect(serializeState(DEFAULT_STATE)).toBe('');
    expect(parseState('')).toEqual(DEFAULT_STATE);
  });

  it('writes every choice and reads it back unchanged', () => {
    const state: ExploreState = {
      indicators: ['mediation_success_rate', 'thads_money_rate'],
      geo: 'province',
      places: ['79', '01'],
      map: '34',
      from: 2018,
      to: 2024,
      periodType: 'all',
      allVersions: true,
      sort: { column: 'value', direction: 'desc' },
      sql: "SELECT * FROM observations WHERE geo_code = '79' -- Hồ Chí Minh & co",
      view: 'map',
      mapIndicator: 'thads_money_rate',
      mapPeriod: '2023-10-01..2024-09-30',
    };
    const search = serializeState(state);
    expect(search).toContain('map=34');
    expect(search).toContain('versions=all');
    expect(parseState(search)).toEqual(state);
  });

  it('round-trips any valid selection', () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/);
    const stateArb = fc.record({
      indicators: fc.uniqueArray(id, { maxLength: 4 }),
      geo: fc.constantFrom(...GEO_LEVELS),
      places: fc.uniqueArray(fc.stringMatching(/^[0-9A-Za-z-]{1,10}$/), { maxLength: 4 }),
      map: fc.constantFrom('63' as const, '34' as const),
      from: fc.option(fc.integer({ min: 2000, max: 2010 }), { nil: null }),
      to: fc.option(fc.integer({ min: 2011, max: 2030 }), { nil: null }),
      periodType: fc.constantFrom(...PERIOD_TYPES),
      allVersions: fc.boolean(),
      sort: fc.option(
        fc.record({
          column: fc.constantFrom('value', 'place', 'period'),
          direction: fc.constantFrom('asc' as const, 'desc' as const),
        }),
        { nil: null },
      ),
      sql: fc.string({ maxLength: 60 }).filter((s) => s.trim() === s && s.length > 0),
      view: fc.constantFrom('chart' as const, 'map' as const),
      mapIndicator: fc.option(id, { nil: null }),
      mapPeriod: fc.option(fc.constantFrom('2018-01-01..2018-06-30', '2021-10-01..2022-09-30'), { nil: null }),
    });
    fc.assert(
      fc.property(stateArb, (state) => {
        // An empty indicator list is a choice of its own ("ind="), distinct from the default.
        expect(parseState(serializeState(state))).toEqual(state);
      }),
    );
  });

  it('refuses what a hand-edited address should not carry', () => {
    const state = parseState(
      "?ind=ok_id,DROP TABLE x,'quoted'&geo=planet&map=99&from=19x&to=2020&ptype=weekly" +
        '&sort=value;drop:desc&places=79,<img>',
    );
    expect(state.indicators).toEqual(['ok_id']);
    expect(state.geo).toBe('national');
    expect(state.map).toBe('63');
    expect(state.from).toBeNull();
    expect(state.to).toBe(2020);
    expect(state.periodType).toBe('year');
    expect(state.sort).toBeNull();
    expect(state.places).toEqual(['79']);
    const map = parseState("?view=globe&mapind=x');--&at=2023-01-01..2023-13");
    expect([map.view, map.mapIndicator, map.mapPeriod]).toEqual(['chart', null, null]);
  });

  it('puts a reversed year range in order and leaves the console out of the filter key', () => {
    expect(parseState('?from=2024&to=2018')).toMatchObject({ from: 2018, to: 2024 });
    expect(filterKey({ ...DEFAULT_STATE, sql: 'SELECT 1', sort: { column: 'value', direction: 'asc' } })).toBe(
      filterKey(DEFAULT_STATE),
    );
    // Drawing the result as a map, of any indicator and period, needs no new query.
    expect(filterKey({ ...DEFAULT_STATE, view: 'map', mapIndicator: 'a', mapPeriod: '2023-01-01..2023-12-31' })).toBe(
      filterKey(DEFAULT_STATE),
    );
  });
});

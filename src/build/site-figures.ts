import { useTranslations } from '../i18n/messages.ts';
import { type PageId, pagePath } from '../i18n/routes.ts';
import type { Lang } from '../lib/format.ts';
import type { IndicatorRow } from '../lib/queries.ts';
import { PAGE_INDICATORS_SQL, SERIES_VIEWS } from '../service/indicator-figures.ts';
import { indicatorPath } from '../service/routes.ts';
import { mapOf } from '../views/choropleth.ts';
import { rankingPeriods } from '../views/ranking.ts';
import { buildDb } from './render-view.ts';

/**
 * Every figure of the site, declared once: the topic and indicator pages draw them, the embed pages
 * (`/nhung/<embed>/`) and the share images draw the same figures in their first state.
 */
export interface FigureControl {
  name: string;
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  selected?: string;
  /** Selects with the same key on one page move together (one period for a map and a ranking). */
  sync?: string;
}

export interface FigureSpec {
  /** The figure's id on its page (its anchor). */
  id: string;
  /** Its id on the whole site: the embed page's and the share image's name. */
  embed: string;
  view: string;
  /** Parameters fixed for this figure (e.g. which indicator). */
  params?: Record<string, string>;
  /** Controls a reader may change; the first state is each control's selected (or first) option. */
  controls?: FigureControl[];
  /** The title's heading level on its page. */
  level?: 2 | 3;
}

/** The parameters of a figure's first state: what the page shows before a reader changes anything. */
export function initialParams(spec: Pick<FigureSpec, 'params' | 'controls'>): Record<string, string> {
  return {
    ...spec.params,
    ...Object.fromEntries((spec.controls ?? []).map((c) => [c.name, c.selected ?? c.options[0]?.value ?? ''])),
  };
}

function choices(lang: Lang) {
  const t = useTranslations(lang);
  return {
    measures: [
      { value: 'case', label: t.site.cases },
      { value: 'money', label: t.site.money },
    ],
    maps: [
      { value: '63', label: t.site.map63 },
      { value: '34', label: t.site.map34 },
    ],
    scopes: [
      { value: 'all', label: t.pages.tasks.scopeAll },
      { value: 'sector', label: t.site.sector },
      { value: 'ministry', label: t.pages.tasks.scopeMinistry },
    ],
  };
}

/** A province map and ranking of one indicator, with the period (and map) controls they share. */
async function provinceFigures(indicator: string, lang: Lang, ids: Record<'map' | 'ranking', [string, string]>) {
  const site = useTranslations(lang).site;
  const periods = await rankingPeriods(await buildDb(), indicator, lang);
  const period: FigureControl = { name: 'period', label: site.period, options: periods, sync: 'period' };
  const map: FigureSpec = {
    id: ids.map[0],
    embed: ids.map[1],
    view: 'choropleth',
    params: { indicator },
    controls: [
      period,
      { name: 'map', label: site.mapLabel, options: choices(lang).maps, selected: mapOf(periods[0]?.value) },
    ],
  };
  const ranking: FigureSpec = {
    id: ids.ranking[0],
    embed: ids.ranking[1],
    view: 'ranking',
    params: { indicator },
    controls: [period],
  };
  return { periods, map, ranking };
}

const topics: Partial<Record<Lang, ReturnType<typeof declareTopicFigures>>> = {};

/** The figures of the topic pages, by page and by their place on it (worked out once per language). */
export function topicFigures(lang: Lang) {
  topics[lang] ??= declareTopicFigures(lang);
  return topics[lang];
}

async function declareTopicFigures(lang: Lang) {
  const site = useTranslations(lang).site;
  const { measures, scopes } = choices(lang);
  const measure: FigureControl = { name: 'measure', label: site.measure, options: measures, sync: 'measure' };
  // On a topic page a figure's id is unique on the whole site: it is its embed id too.
  const same = (id: string): [string, string] => [id, id];
  const mediation = await provinceFigures('mediation_success_rate', lang, {
    map: same('mediation-map'),
    ranking: same('mediation-ranking'),
  });
  const enforcement = await provinceFigures('thads_case_rate', lang, {
    map: same('enforcement-map'),
    ranking: same('enforcement-provinces'),
  });
  const figure = (spec: Omit<FigureSpec, 'embed'>): FigureSpec => ({ ...spec, embed: spec.id });
  return {
    overview: {
      enforcement: figure({ id: 'overview-enforcement', view: 'enforcement', params: { measure: 'case' } }),
      mediation: figure({
        id: 'overview-mediation',
        view: 'ranking',
        params: { indicator: 'mediation_success_rate' },
      }),
    },
    tasks: {
      tasks: figure({
        id: 'tasks',
        view: 'tasks',
        level: 2,
        controls: [{ name: 'scope', label: site.scope, options: scopes }],
      }),
    },
    mediation: { map: mediation.map, ranking: mediation.ranking },
    enforcement: {
      enforcement: figure({ id: 'enforcement', view: 'enforcement', level: 2, controls: [measure] }),
      workload: figure({ id: 'enforcement-workload', view: 'workload', controls: [measure] }),
      provinces: enforcement.ranking,
      map: enforcement.map,
    },
  } satisfies Record<'overview' | 'tasks' | 'mediation' | 'enforcement', Record<string, FigureSpec>>;
}

/** An indicator page's figures: its national series (when a view draws it), its province map and ranking. */
export async function indicatorFigures(indicator: string, lang: Lang) {
  const series = SERIES_VIEWS[indicator];
  // Every indicator page has the same figure ids; the site-wide id names the indicator.
  const provinces = await provinceFigures(indicator, lang, {
    map: ['indicator-map', `${indicator}-map`],
    ranking: ['indicator-ranking', `${indicator}-ranking`],
  });
  return {
    series: series ? ({ id: 'indicator-series', embed: `${indicator}-series`, ...series } satisfies FigureSpec) : null,
    // An indicator without province figures has neither map nor ranking.
    map: provinces.periods.length > 0 ? provinces.map : null,
    ranking: provinces.periods.length > 0 ? provinces.ranking : null,
  };
}

/** A figure as an embed page shows it: the figure and the page it belongs to. */
export interface EmbeddedFigure {
  spec: FigureSpec;
  /** The figure on its full page (path and anchor). */
  page: string;
}

/** Every figure of the site in one language, each once, by its site-wide id. */
export async function embeddableFigures(lang: Lang): Promise<EmbeddedFigure[]> {
  const found: EmbeddedFigure[] = [];
  const topics = await topicFigures(lang);
  for (const [page, figures] of Object.entries(topics)) {
    for (const spec of Object.values(figures))
      found.push({ spec, page: `${pagePath(page as keyof typeof topics, lang)}#${spec.id}` });
  }
  const indicators = await (await buildDb()).query<IndicatorRow>(PAGE_INDICATORS_SQL);
  for (const { id } of indicators) {
    for (const spec of Object.values(await indicatorFigures(id, lang)))
      if (spec) found.push({ spec, page: `${indicatorPath(id, lang)}#${spec.id}` });
  }
  const seen = new Set<string>();
  for (const { spec } of found) {
    if (seen.has(spec.embed)) throw new Error(`two figures are embedded as ${spec.embed}`);
    seen.add(spec.embed);
  }
  return found;
}

/** The figure whose share image stands for a page: a topic page's first figure; none for other pages. */
export async function pageShareFigure(page: PageId, lang: Lang): Promise<string | undefined> {
  const topics: Partial<Record<PageId, Record<string, FigureSpec>>> = await topicFigures(lang);
  return Object.values(topics[page] ?? {})[0]?.embed;
}

/** For an embed route's getStaticPaths: one page per figure, by its site-wide id. */
export async function embedPaths(lang: Lang) {
  return (await embeddableFigures(lang)).map((figure) => ({ params: { id: figure.spec.embed }, props: { figure } }));
}

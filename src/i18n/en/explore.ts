import type { Messages } from '../messages.ts';
import { plural } from '../plural.ts';

const s = (n: number, word: string) => `${n} ${plural('en', n, { one: word, other: `${word}s` })}`;

export const explore: Messages['explore'] = {
  columns: {
    indicator: 'Indicator',
    place: 'Place',
    period: 'Period',
    value: 'Value',
    numerator: 'Numerator',
    denominator: 'Denominator',
    figures: 'Figures combined',
    sources: 'Source',
  },
  notSummable: '— (cannot be summed)',
  noCounts: '— (no counts)',
  overAllAssigned: '— (the denominator includes tasks not yet due: not a completion rate)',
  incomplete: (reported, total) => `— (only ${reported} of ${total} former provinces reported: cannot be combined)`,
  published: '1 (published)',
  combined: (figures, places, dropped) => `${figures} figures, ${places} places${dropped}`,
  droppedWithoutCounts: (n) => `; ${n} without counts`,
  reasons: {
    subdivision: 'district figures (parts of a province; adding them would count twice)',
    map34:
      'figures for the new 34 provinces (they cannot be split back onto the old 63; ' +
      'choose the 34-province map to see them)',
    no_successor: 'figures of old provinces with no known successor',
    no_region: 'figures of new provinces formed from old ones in several regions',
    no_cluster: 'figures of provinces in no cluster whose members are listed for that period',
  },
  recomputed:
    'Combined rates (regions, clusters, new provinces formed from several old ones) are recomputed: numerators ' +
    'are added, denominators are added, then divided; rates are never averaged. A single figure is shown as published.',
  withoutCounts: (n) =>
    `${n} rates were published without their counts and cannot be combined: they are left out of combined rows ` +
    '(the value is empty where nothing is left).',
  notSummableNote: (n) => `${n} targets or facts cannot be added across places: combined rows are empty.`,
  leftOut: (n, reason) => `Left out: ${n} ${reason}.`,
  noFigures: 'No figures for this selection',
  rowsTitle: (rows, indicators, places) => `${rows} rows: ${s(indicators, 'indicator')}, ${s(places, 'place')}`,
  tableCaption: 'Result; press a column heading to sort',
  tableShown: (shown, total) =>
    `The table shows the first ${shown} of ${total} rows in the chosen order; the CSV and Parquet downloads have all.`,
  tableAll: (total) => `Show all ${total} rows`,
  download: (what) => `Download ${what}`,
  chartSvg: 'chart SVG',
  chartPng: 'chart PNG',
  subtitles: {
    series: 'Line chart: values by period, each placed at the middle of its period.',
    seriesPoints: 'Dot chart: each place has one period; each dot is one figure, placed at the middle of its period.',
    rankingLatest: (period) =>
      `Bar chart: places ranked in the period with the most places (${period}); the table has every period selected.`,
    ranking: 'Bar chart: places ranked.',
    multiples:
      'One small chart per indicator, each on its own scale; many places over many periods are ranked in the ' +
      'period with the most places.',
    empty: 'No values to chart.',
  },
  blockedProvinces: (n) =>
    `${n} new provinces left empty (hatched): only some of the former provinces they were formed from ` +
    `have a figure, and a part's figure is not the whole new province's (see "Figures combined").`,
  duplicates: (n) =>
    `${n} other figures for the same province and period (another body or version) are not drawn on the map; ` +
    'the table has them.',
  showAs: 'Show the result as',
  asChart: 'Chart',
  asMap: (map) => `Map of the ${map} provinces`,
  mapIndicator: 'Indicator on the map',
  mapPeriod: 'Period on the map',
  mapPeriodChoice: (period, provinces) => `${period} (${provinces})`,
  map: {
    noCounts: 'rates printed without counts: cannot be combined',
    incomplete: (reported, total) => `only ${reported} of ${total} former provinces reported: cannot be combined`,
    summed: (counted, total) => `counts of ${counted} of ${total} former provinces added`,
    leftOut: (n) => `${n} rates without counts left out`,
    noDataKey: 'No figure, or cannot be combined (not zero)',
    extremes: (top, bottom) => `; highest ${top}, lowest ${bottom}`,
    span: (top, bottom) => `; from ${bottom} to ${top}`,
    subtitle: (map, when, n, extremes) =>
      `${map}-province map, ${when}: ${n} of ${map} provinces have a figure${extremes}. ` +
      'Darker: higher rate; hatched: no figure, or cannot be combined (not zero). ' +
      'The table below has every period selected.',
  },
  span: {
    label: 'Year span',
    hint:
      'Values by the year their period ends. Drag across the chart to choose a span of years; the table, chart ' +
      'and map below show that span only. Keyboard: left and right arrows move the span; with Shift they move ' +
      'its last year; Esc clears it.',
    bar: (year, figures) => `${year}: ${figures} values`,
    all: (first, last) => `Table, chart and map: every year (${first}–${last}).`,
    shown: (from, to) =>
      from === to
        ? `Table, chart and map: periods ending in ${from}.`
        : `Table, chart and map: periods ending in ${from}–${to}.`,
    clear: 'Clear the year span',
    refused: (span) => `The link asks for the years ${span}, which the data does not have: ignored, every year shown.`,
  },
  status: {
    loading: 'Loading the query engine (DuckDB-wasm) and the data…',
    engineFailed: 'The query engine could not load',
    querying: 'Querying…',
    updated: (rows) => `Updated: ${rows} rows.`,
    queryError: 'Query error',
    mapFailed: 'The map could not load; the chart is shown instead',
  },
  console: {
    running: 'Running…',
    rows: (total, shown) =>
      `${total} ${total === '1' ? 'row' : 'rows'}${shown ? `; the first ${shown} are shown (and downloaded)` : ''}.`,
    changedCopy:
      ' The statement changed only this browser’s copy of the data (the filters read that copy too); the ' +
      'published files are unchanged. Reload the page to return to the published figures.',
    cancelled: 'The query was cancelled.',
    failed: 'The query failed.',
    cancelling: 'Cancelling…',
  },
  upload: {
    reading: (file) => `Reading ${file}…`,
    progress: (file, read, total, rows) => `Reading ${file}: ${read}/${total} MB, ${rows} rows loaded…`,
    notLoaded: (file) => `The file «${file}» could not be loaded`,
    join: (table) => `Join ${table} with the published figures (SQL)`,
    refused: (n) => `Refused rows (${n})`,
    problemColumns: ['Line', 'Column', 'Value', 'Reason'],
    asText: 'As text (file:line: column = «value»: reason)',
    notes: (n) => `Notes (${n})`,
    summary: (table, good, bad) => `Table ${table}: ${good} good rows, ${bad} rows refused.`,
    failure: {
      input: (detail) => `the file was refused: ${detail}`,
      memory: (detail) => `the browser ran out of memory reading it (${detail})`,
      worker: (detail) => `the file reader (worker) stopped half-way (${detail})`,
      insert: (detail) => `DuckDB could not store the rows (${detail})`,
    },
    discarded: (n) => `The ${n} rows already loaded were discarded: no table is kept with rows missing.`,
    noneLoaded: 'No row had been loaded.',
    stillWorks: 'The published figures and other tables are unchanged; filters and the SQL console still work.',
    engineStopped: 'The query engine stopped too: please reload the page.',
    memoryAdvice: ' Split the file into smaller ones, or leave out the columns you do not need.',
    failed: (file, what, rows, still, advice) =>
      `The file «${file}» could not be loaded: ${what}. ${rows} ${still}${advice}`,
  },
};

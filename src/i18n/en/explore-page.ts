import type { Messages } from '../messages.ts';

export const explorePage: Messages['explorePage'] = {
  title: 'Explore the data',
  lede:
    'For analysts: filter the figures by indicator, place and period; combine them by region, emulation cluster ' +
    'or the new 34-province map; write SQL; upload your own CSV to join it with the published figures; take ' +
    'results away as CSV, Parquet and SVG or PNG charts. Everything runs in your browser (DuckDB-wasm); ' +
    'no data leaves your machine.',
  noJs:
    'Filtering, SQL, uploads and downloads need JavaScript. Without it, this page shows the default result ' +
    '(civil-judgment enforcement by cases, national, yearly) and the list of indicators below.',
  toc: {
    filters: 'Filters',
    result: 'Result',
    upload: 'Upload a CSV',
    console: 'SQL console',
    indicators: 'Indicators',
  },
  kindGroups: {
    rate: 'Rates',
    count: 'Counts',
    money: 'Amounts',
    target: 'Targets',
    fact: 'Awards, events and other facts',
  },
  periodTypes: {
    all: 'Any period',
    year: 'Year',
    half: 'Half year',
    quarter: 'Quarter',
    months: 'Several months',
    month: 'Month',
    years: 'Several years',
    range: 'Other date range',
  },
  places: {
    province63: 'Provinces (63, until 30 June 2025)',
    province34: 'Provinces (34, from 1 July 2025)',
    regions: 'Regions',
    clusters: 'Emulation clusters',
    noneIsAll: 'none = all',
  },
  filters: 'Filters',
  indicatorsLegend: 'Indicators (one or more)',
  level: 'Level',
  levels: {
    national: 'National',
    province: 'Provinces',
    region: 'Regions (provinces combined)',
    cluster: 'Emulation clusters',
  },
  provinceMap: 'Province map',
  map63: '63 provinces (old)',
  map34: '34 provinces (new, from 1 July 2025)',
  periodType: 'Period type',
  from: 'Periods ending from',
  first: '(first)',
  to: 'to',
  latest: '(latest)',
  versions: 'All versions (one row per source; by default only the preferred figure)',
  hint34:
    'The 34-province map: figures of the old provinces are added into the new province they formed (numerators ' +
    'and denominators added, then divided). A rate published without its counts cannot be combined.',
  uploadTitle: 'Upload your own CSV',
  uploadHelp:
    'Use the same layout as the published figures (indicator, place, period, numerator, denominator, value, unit, ' +
    'source columns; a first line "# locale: vi" or "# locale: en"). The file is read by the same normalizer as ' +
    'the site build: Vietnamese number formats, period names, the many spellings of a province. Good rows become ' +
    'a table (upload_1, …) for the SQL console; refused rows are listed with line, column, value and reason. ' +
    'Rows that name no source, or one not among the published sources, are attributed to the upload itself ' +
    '(upload:file-name). The file is processed only in your browser.',
  chooseFile: 'Choose a CSV file',
  orDrop: 'or drop a file on this box',
  reading: 'Reading the file',
  consoleTitle: 'SQL console',
  consoleHelp:
    'Write SQL (DuckDB) over the tables observations, indicators, sources, geo, geo_aliases, cluster_members, ' +
    'movements and any uploaded table. Queries run in your browser, never change the published files, and are ' +
    'kept in the page address to share.',
  sqlLabel: 'SQL statement (Ctrl+Enter runs it)',
  run: 'Run',
  cancel: 'Cancel query',
  downloadCsv: 'Download CSV',
  downloadParquet: 'Download Parquet',
  schemaTitle: 'Tables and columns',
  schemaWaiting: 'Listed once the query engine has loaded.',
  indicators: 'Indicators',
  indicatorColumns: ['Indicator', 'Id', 'Kind', 'Unit', 'Figures'],
};

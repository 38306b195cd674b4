import type { Messages } from '../messages.ts';

export const service: Messages['service'] = {
  api: {
    title: 'Data for machines (static API, version 1)',
    lede:
      'Every figure published on this site can be downloaded as a static file, with no key. ' +
      'The address carries the version (v1): within it no column is renamed; new columns are only added at the end.',
    indexHeading: 'List of indicators',
    indexText:
      'Name, unit, definition, coverage (figures, first and last period, places) and download links of every ' +
      'indicator with figures.',
    perIndicatorHeading: "One indicator's figures",
    perIndicatorText:
      'One row per published figure, every version included where several sources give the same figure ' +
      '(is_preferred marks the version the site shows).',
    csvHeading: 'CSV',
    csvText:
      'UTF-8 with a BOM, comma-separated, dot decimals, ISO dates (YYYY-MM-DD). Excel reads the Vietnamese text; ' +
      'pandas (read_csv) and R (read.csv, readr) read it with no options. The place code (geo_code) is text: for ' +
      'files with province codes only ("01", "79"), read that column as text to keep the leading zero.',
    columnsHeading: 'Columns',
    column: 'Column',
    meaning: 'Meaning',
    columns: {
      indicator: 'Indicator id',
      period_label: 'Period as the source wrote it',
      period_start: 'First day of the period',
      period_end: 'Last day of the period',
      period_type: 'Kind of period (year, half-year, enforcement statistical year, …)',
      geo_code: "Place code: VN (national), the statistics office's province code, or an emulation cluster id",
      geo_level: 'Level of the place',
      geo_map: 'Map in force at the end of the period: 63 (until 30 Jun 2025) or 34 (from 1 Jul 2025)',
      geo_name_vi: 'Name of the place on that map, Vietnamese',
      geo_name_en: 'Name of the place, English',
      organisation: 'The body the figure is about when not the whole place (e.g. the Ministry of Justice)',
      subdivision: 'District below the province',
      value_reported: 'Value as the source printed it',
      bound: 'Qualifier printed with the value: exact, "over", "under", "about" or "nearly"',
      value:
        'Value used in calculations: the rate recomputed from its counts when printed, else the printed value; ' +
        'empty for task counts over every task assigned (tasks not yet due included) where no rate was printed',
      numerator: 'Numerator printed by the source',
      denominator: 'Denominator printed by the source',
      denominator_scope:
        'For task counts: the denominator is every task assigned, tasks not yet due included (all_assigned: no ' +
        'completion rate is computed), or the tasks due (due); empty where the source does not say',
      unit: 'Unit',
      is_preferred: 'true for the version shown when several sources give this figure',
      source_id: 'Source id',
      source_title: 'Title of the source article or document',
      source_publisher: 'Publisher',
      source_date: 'Publication date',
      source_url: 'Address of the source',
      notes: 'Curation notes',
      release: 'Data release id',
    },
    example: 'Example',
    licenceHeading: 'Licence',
  },
  releases: {
    title: 'Data releases',
    lede:
      'Each data build is a release, with an id made of its date and a short hash of the published files. ' +
      "Earlier releases' data are kept as published, so a citation can always find the figure it used.",
    how:
      'Recorded releases are kept in the repository (data/releases/); each build compares itself with the one ' +
      'before in DuckDB: figures added, revised (printed or shown value, bound, counts or source) and withdrawn, ' +
      'each with the reason given in the curation log.',
    frequency: 'No fixed schedule: updated when new figures are published or a figure is corrected.',
    current: 'Current release',
    releaseHeading: (id: string) => `Release ${id}`,
    date: 'Release date',
    figures: (n: number) => `${n} figures shown`,
    first: 'The first recorded release: every figure is new.',
    noChanges: 'No figure changed from the previous release.',
    summary: (added: number, revised: number, withdrawn: number) =>
      `${added} added, ${revised} revised, ${withdrawn} withdrawn`,
    previous: 'Previous',
    change: 'Change',
    kinds: { added: 'Added', revised: 'Revised', withdrawn: 'Withdrawn' },
    indicator: 'Indicator',
    place: 'Place',
    period: 'Period',
    oldValue: 'Old value',
    newValue: 'New value',
    source: 'Source',
    reason: 'Reason',
    noReason: 'no reason recorded',
    files: "This release's data files",
    filesText:
      'The Parquet files as published (figures, sources, indicators, places); readable with DuckDB, pandas, R, ' +
      'Excel (through Power Query).',
    viewData: 'View data',
    feed: 'Follow with the Atom feed',
    api: 'Static API (current release)',
  },
  feed: {
    title: 'Justice sector results: data releases',
    subtitle: 'Headline figures added and revised in each release',
    entryTitle: (id: string, added: number, revised: number) =>
      `Release ${id}: ${added} headline figures added, ${revised} revised`,
    added: (what: string, value: string) => `New: ${what}: ${value}`,
    revised: (what: string, old: string, value: string) => `Revised: ${what}: ${old} → ${value}`,
    first: (n: number) => `The first recorded release, ${n} figures.`,
    none: 'No headline figure added or revised.',
  },
  indicator: {
    allTitle: 'Indicators',
    allLede:
      'Each rate and target has a page of its own: definition, method, limitations, coverage, every figure and its ' +
      'revisions.',
    aboutLink: 'About this indicator',
    definition: 'Definition',
    why: 'Why it matters',
    how: 'How it is computed',
    rateFormula: (numerator: string, denominator: string) => `${numerator} / ${denominator} × 100`,
    targetHow:
      'Targets are recorded as the document setting or pledging them prints them, "over" included; never recomputed.',
    basis: {
      calendar: 'Calendar periods.',
      thads_year: 'Periods of the enforcement statistical year (1 October of the year before – 30 September).',
    },
    limitations: 'Limitations and comparability breaks',
    coverage: 'Coverage',
    coverageText: (figures: number, from: string, to: string) => `${figures} figures, from ${from} to ${to}.`,
    year: 'Year (of the period end)',
    national: 'National',
    provinces63: 'Provinces (63 map)',
    provinces34: 'Provinces (34 map)',
    clusters: 'Emulation clusters',
    figuresCount: 'Figures',
    series: 'National series',
    noSeriesView:
      'The site has no national series chart for this indicator yet; the national figures are in the table below.',
    provinces: 'Provinces in one period',
    table: 'Every published figure',
    tableText:
      'One row per figure as its source printed it; where several sources give the same figure every version is ' +
      'listed and the one the site shows is marked.',
    place: 'Place',
    printed: 'Printed',
    counts: 'Numerator / denominator',
    computed: 'Recomputed',
    version: 'Version',
    shown: 'shown',
    other: 'other version',
    downloads: 'Downloads',
    download: (format: string) => `Download ${format}`,
    history: 'Revision history',
    noHistory: 'No figure of this indicator has been revised, added or withdrawn since the first recorded release.',
    inRelease: (id: string) => `In release ${id}`,
    texts: {
      tasks_completed_rate: {
        why:
          'Shows whether the Ministry and the justice sector complete on time the tasks the Government, the Prime ' +
          'Minister and the Ministry\'s leadership assign: the "work programme completed" measure the emulation ' +
          'movements use.',
        limitations: [
          "The base differs between sources: tasks from the Government or Prime Minister, tasks from the Ministry's " +
            'leadership, or the whole sector; some reports count only tasks with a deadline. Compare only figures of ' +
            'the same body and scope.',
          'Reports seldom print the rate: it is usually computed from the task counts they print.',
        ],
      },
      mediation_success_rate: {
        why:
          'Grassroots mediation settles disputes within the community before they reach a court; the success rate ' +
          'is the headline measure of that work.',
        limitations: [
          'Denominators differ between sources: cases received, or cases actually mediated or concluded (pending ' +
            'ones excluded). Printed and recomputed rates may differ; each row says which.',
          'Periods differ: years, half-years, multi-year totals. Compare provinces within one period only.',
          'Many provinces print a rate without its counts: such rates cannot be combined. A province that published ' +
            'nothing is not counted as zero.',
        ],
      },
      thads_case_rate: {
        why:
          'The National Assembly sets yearly targets for civil-judgment enforcement; this rate against its target is ' +
          "how the enforcement system's results are judged.",
        limitations: [
          'Over cases with conditions to enforce, not over all cases to enforce.',
          'The statistical year runs 1 October – 30 September; 6- or 9-month figures are not comparable with years.',
          'Some sources print a rate that differs from their own counts: the differences are listed on the ' +
            'Sources page.',
        ],
      },
      thads_money_rate: {
        why:
          'Beside the case rate, the money rate shows how much of the value of judgments was enforced; the National ' +
          'Assembly sets a separate target for it.',
        limitations: [
          'Over money with conditions to enforce, not over all money to enforce; in VND.',
          'The statistical year runs 1 October – 30 September; part-year figures are not comparable with years.',
        ],
      },
      thads_case_target: {
        why:
          'The level to reach in the year, set by the National Assembly, the Ministry or the enforcement bodies: the ' +
          'mark the rate is judged against.',
        limitations: [
          'Targets before 2016 used another basis (Resolution 37/2012/QH13) and are not comparable with later ones.',
          'Usually printed as "over X%": a lower bound, not an exact value.',
          "Several bodies set or pledge targets; each row's source says who.",
        ],
      },
      thads_money_target: {
        why: 'The money rate to reach in the year: the mark the money completion rate is judged against.',
        limitations: [
          'Targets before 2016 used another basis and are not comparable with later ones.',
          'Usually printed as "over X%": a lower bound.',
        ],
      },
    } as Record<string, { why: string; limitations: string[] }>,
  },
  cite: {
    heading: 'Cite this',
    languages: { vi: 'Vietnamese', en: 'English' },
    copy: 'Copy',
    copied: 'Copied',
    citation: {
      publisher: 'Justice sector results (Kết quả ngành Tư pháp)',
      release: (id: string) => `Release ${id}`,
      accessed: 'accessed [day month year]',
      primary: 'Primary source',
      moreSources: (n: number) => `(and others, ${n} sources: see the data table)`,
    },
  },
  embed: {
    heading: 'Embed',
    text:
      'Paste this code into your page. The frame shows the chart with its source and a link back to this page, ' +
      'and fits its height to its content.',
    codeLabel: 'Embed code',
    copy: 'Copy code',
    copied: 'Copied',
    preview: 'Open the embed page',
    fullPage: (site: string) => `See it in full on ${site}`,
  },
  share: {
    /** Open Graph's locale of the page's language. */
    locale: 'en_US',
  },
  about: {
    heading: 'About the data',
    licence: 'Licence:',
    licenceText:
      "the site's compilation (selection, normalisation, coding of the figures) is licensed CC BY 4.0: reuse it, " +
      'commercially too, with attribution.',
    sourcesTerms:
      "The original content (articles, reports, documents) belongs to its publishers and is under each one's own " +
      'terms of use; every figure links to its source.',
    publishersHeading: (n: number) => `Publishers (${n})`,
    latest: 'Latest release:',
    frequency: 'Update frequency:',
    contact: 'Contact:',
    api: 'Static API',
    feed: 'Atom feed',
    indicators: 'Indicators',
  },
};

import type { Messages } from '../messages.ts';

export const method: Messages['method'] = {
  method: 'Method',
  indicators: 'Indicator definitions',
  quality: 'Data quality',
  sourcesCount: (n) => `Sources (${n})`,
  sources: 'Sources',
  rules: [
    [
      { strong: 'Rates are recomputed, never averaged.' },
      ' Rate = numerator / denominator × 100. Provinces or periods are combined by adding numerators and ' +
        'denominators, then dividing. The printed figure is kept beside it; differences above 0.05 percentage ' +
        'points are listed below.',
    ],
    [
      { strong: 'The enforcement statistical year' },
      ' runs from 1 October of the year before to 30 September: “2022” is 1 Oct 2021–30 Sep 2022; ' +
        '“6 months of 2019” is 1 Oct 2018–31 Mar 2019. Other indicators use calendar periods.',
    ],
    [
      { strong: 'Enforcement rates' },
      ' are over cases and money ',
      { em: 'with conditions to enforce' },
      ', not over the total to enforce.',
    ],
    [
      { strong: 'Boundaries:' },
      ' 63 provinces until 30 June 2025; 34 from 1 July 2025 (Resolution 202/2025/QH15). ' +
        "Figures carry the province code of the map in force at the period's end.",
    ],
    [
      { strong: 'Several sources for one figure:' },
      ' all are kept; the exact figure is shown before a rounded one (“over”, “nearly”), then the latest published.',
    ],
    [{ strong: 'Targets before 2016' }, ' used another basis and are not comparable with later years.'],
  ],
  indicatorColumns: ['Indicator', 'Kind', 'Computed as', 'Periods', 'Description'],
  statYear: 'statistical year (1 Oct–30 Sep)',
  calendar: 'calendar',
  discrepancies: (n) => `Printed rates that differ from their counts (${n})`,
  discrepancyColumns: (period, printed) => [
    'Indicator, place',
    period,
    printed,
    'From the counts',
    'Difference',
    'File, line',
  ],
  conflicts: (n) => `One figure, several sources (${n})`,
  shown: 'shown',
  others: 'others',
  warnings: (n) => `Other notes (${n})`,
  showNotes: 'Show the notes',
  sourcesSummary: (n, incomplete) => `${n} sources; ${incomplete} lack a date or address (marked “—”).`,
  sourceColumns: ['Title', 'Publisher', 'Date', 'Figures', 'Id'],
};

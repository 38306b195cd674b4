import type { Messages } from '../messages.ts';

export const views: Messages['views'] = {
  kpi: {
    target: (met, target) => `Target of ${target} ${met ? 'met' : 'missed'}`,
    change: (change, previous) => `${change} on ${previous}`,
  },
  tasks: {
    sector: 'Whole justice sector',
    sectorInTitle: 'the whole sector',
    title: (when, who, counts, rate) => `${when}: ${who} completed ${counts} tasks, ${rate}`,
    empty: 'No task completion figures',
    subtitle:
      'Bars: the rate printed over the tasks due; reports that printed counts only have no bar; ' +
      'scopes (whole sector, the Ministry, its units) cannot be added up.',
    alt: (periods, min, max) => `Bar chart: ${periods} reporting periods, from ${min} to ${max}.`,
    columns: ['Period', 'Scope', 'Completed', 'Due', 'Rate', 'Printed', 'Source'],
  },
  workload: {
    total: 'Total to enforce',
    withConditions: 'With conditions to enforce',
    title: (when, amount, share) => `${when}: ${amount} to enforce, ${share} with conditions to enforce`,
    empty: {
      case: 'Cases to enforce and with conditions to enforce, by statistical year',
      money: 'Money to enforce and with conditions to enforce, by statistical year',
    },
    subtitle:
      'Completion rates are computed over the part with conditions to enforce. ' +
      'A year without a bar has no published figure.',
    alt: (years) =>
      `Column chart over ${years} statistical years: the total to enforce and the part with conditions to enforce.`,
    columns: ['Period', 'Indicator', 'Value', 'Source'],
  },
  enforcement: {
    measure: { case: 'by cases', money: 'by money' },
    empty: (what) => `Civil judgment enforcement ${what}: no full-year figure yet`,
    against: (met, target) => `, ${met ? 'above' : 'below'} the target of ${target}`,
    title: (when, result, what, against) => `${when}: ${result} of enforceable judgments completed ${what}${against}`,
    subtitle: {
      case:
        'Share of judgments (cases) with conditions to enforce that were completed, by statistical year ' +
        '(1 Oct – 30 Sep); dashed marks: the target set.',
      money:
        'Share of judgments (money) with conditions to enforce that were completed, by statistical year ' +
        '(1 Oct – 30 Sep); dashed marks: the target set.',
    },
    legendResult: (what) => `Completed ${what}`,
    legendTarget: "The year's target",
    change: (change) => ` (${change} on the year before)`,
    alt: (first, firstWhen, latest, change) =>
      `Line chart: the rate went from ${first} (${firstWhen}) to ${latest}${change}.`,
    columns: ['Period', 'Rate', 'Target', 'Completed', 'With conditions', 'Source'],
  },
  choropleth: {
    why: {
      published: () => '',
      summed: (r) => `numerators and denominators of ${r.members} former provinces added`,
      no_data: () => 'no data',
      incomplete: (r) => `only ${r.reported} of ${r.members} former provinces reported: cannot be combined`,
      no_counts: (r) =>
        `${r.members - r.with_counts} former provinces printed a rate without counts: cannot be combined`,
    },
    mapName: (map) => `${map}-province map`,
    title: (when, shown, total, mapName) => `${when}: ${shown} of ${total} provinces have a figure on the ${mapName}`,
    subtitle: 'Darker: higher rate. Hatched: no figure, or cannot be combined (not zero).',
    subtitle34:
      ' Figures before 1 July 2025 are moved to the 34 provinces by adding numerators and denominators, ' +
      'never by averaging rates.',
    legendHatch: 'No figure, or cannot be combined',
    alt: (map, when, shown) =>
      `Map of the ${map} provinces coloured by rate, ${when}; ${shown} have a figure. ` +
      'The data table below has every number.',
    columns: ['Province', 'Rate', 'Numerator', 'Denominator', 'Note', 'Source'],
    blocked: (n) => `${n} new provinces cannot be combined from their former provinces (see the table).`,
    notSplit: 'This period was published for the 34 new provinces; it cannot be split back onto the 63.',
  },
  ranking: {
    periodChoice: (period, provinces) => `${period} (${provinces})`,
    mediationRate: 'mediation success rate',
    rate: 'rate',
    subtitle: (national) =>
      'Rate (%) for the provinces that published one; dashed line: national figure for the same period' +
      `${national ? '' : ' (none published)'}.`,
    legendNational: (value) => `National, same period: ${value}`,
    alt: (n, what, when) => `Horizontal bar chart ranking ${n} provinces by ${what}, ${when}.`,
    columns: ['Province', 'Rate', 'Printed', 'Numerator', 'Denominator', 'Source'],
    missing: (n) => `${n} provinces published no figure for this period (not counted as zero).`,
  },
  manySources: (n) => `${n} published reports, each figure's own in the data table; `,
  titleSource: "the title's figure: ",
  firstSource: 'among them: ',
};

import type { Messages } from '../messages.ts';

export const honesty: Messages['honesty'] = {
  coverage: (count, of, when) => `${count} of ${of} provinces have a published figure for ${when}`,
  noProvinceFigures: (when) => `${when}: no province has a published figure`,
  coverageShort: (count, of) => `${count} of ${of} provinces have a figure`,
  onlyOne: (when, name, value, of) =>
    `1 of ${of} provinces has a published figure for ${when}: only ${name} (${value})`,
  highestLowest: (when, top, topValue, bottom, bottomValue) =>
    `${when}: ${top} highest (${topValue}), ${bottom} lowest (${bottomValue})`,
  shownList: (items) => items.join(', '),
  ellipsis: '…',
  superlativeRule: (percent) =>
    `“Highest” and “lowest” are used only when the provinces ranked are at least ${percent} of the provinces on ` +
    `the map in force for the period; otherwise the title states how many provinces have a figure and lists the ` +
    `published figures, without ranking them.`,
  ageRule: (years) =>
    `Every figure states its period; a figure more than ${years} years old, or older than the others on its ` +
    `page, is marked “latest available”.`,
  printedRule:
    'The rate printed by the source is the figure; the rate recomputed from its counts is a check, shown beside ' +
    'it with ⚠ where they differ. A rate computed from counts that no source printed as a rate is labelled ' +
    '“computed”. An approximate count (“over”, “nearly”, “about”) never replaces a printed rate.',
  latestAvailable: (period) => `latest available: ${period}`,
  yearsOld: (years) => (years === 1 ? '1 year ago' : `${years} years ago`),
  olderThanPage: 'older than the other figures on this page',
  recomputedDiffers: (counts, value) => `⚠ Recomputed from ${counts}: ${value}, differs from the printed figure`,
  computed: 'computed from the counts; the source printed no rate',
  computedShort: 'computed',
  printedFigure: 'as printed by the source',
  tasksDueDone: (done, due) => `${done} of ${due} tasks due were completed`,
  tasksDoneOfAssigned: (done, assigned, notYetDue) =>
    `${done} tasks completed of ${assigned} assigned${notYetDue ? ' (including tasks not yet due)' : ''}`,
  tasksNoRate: 'the source printed no completion rate',
  tasksScopeUnknown: 'the source does not say whether the tasks assigned include tasks not yet due',
  noOverdue: 'no task overdue',
  seeFigure: 'See the chart and data table →',
  tasksColumns: ['Period', 'Scope', 'Result', 'Printed rate', 'Note', 'Source'],
  tasksAlt: (reports, printed, min, max) =>
    `Bar chart: ${reports} reporting periods; ${printed} with a printed rate, from ${min} to ${max}; the others ` +
    `show task counts only.`,
  national: 'National',
  coverageHeading: 'Coverage',
  coverageIntro:
    'For each headline indicator: the years and the provinces that have a published figure. An empty cell means ' +
    'no published figure, not zero. Enforcement years are statistical years (ending 30 September).',
  coverageCell: {
    year: 'whole year',
    part: 'part of the year',
    span: 'figure over several years (at its last year)',
    none: 'none',
  },
  coveragePlace: 'Place',
  coverageCaption: (name, places, of) => `${name}: national and ${places} of ${of} provinces with at least one figure`,
  nationalHoles: (years) => `No whole-year national figure for: ${years}.`,
  noNationalHoles: 'A whole-year national figure exists for every year of the period.',
  holesHeading: 'Years still missing from the national series',
  rulesHeading: 'Presentation rules',
  sourceIssuesHeading: (n) => `Figures misprinted or contradicted by their source (${n})`,
  whereShown: 'where shown',
  placeAndIndicator: 'Indicator, place',
  reason: 'Reason',
  sourceKind: 'Kind of source',
  sourceNote: "Curator's note",
  // English pages show curator notes (written in English) as they are.
  noteInEnglish: '',
  whereShownColumn: 'Where shown',
  pledgesHeading: 'What the emulation clusters and regions pledged',
  pledgesIntro: 'Targets that clusters and regions set or pledged, as the source printed them (“over”, “under” kept).',
  pledgeCluster: 'Cluster or region',
  pledgeTarget: 'Pledge',
  assumedMark: '*',
  assumedNote: 'Date set in curation; the source did not print it.',
};

import type { Messages } from '../messages.ts';

export const movements: Messages['movements'] = {
  title: 'Emulation movements and clusters',
  lede:
    "Emulation movements set the sector's goals; emulation clusters and regions group the provincial " +
    'Departments of Justice and enforcement agencies of several provinces, which pledge targets and compare results.',
  movements: 'Emulation movements',
  timelineTitle: (n, first, last) => `${n} published emulation movements, ${first} to ${last}`,
  timelineSubtitle: 'Bar: the period it runs; dot: its launch (where the date is printed).',
  launchYearOnly: (year) => `${year} (no date printed)`,
  issuerAtLevel: (issuer, level) => `${issuer} (${level})`,
  levels: { Bộ: 'ministry level', Sở: 'provincial department level', 'Khu vực': 'emulation region level' },
  timelineAlt: 'Timeline of the emulation movements; details in the table below.',
  movementColumns: ['Movement', 'Level, issuer', 'Launched', 'Decision', 'Period', 'Focus tasks'],
  clusters: 'Emulation clusters and regions',
  clustersNote:
    'Only members that a source lists are shown; where no source lists them, the table says “unknown” ' +
    'rather than guess.',
  clusterColumns: ['Cluster or region', 'Members as sourced', 'List'],
  membersKnown: { yes: 'complete', partial: 'partial', no: 'unknown' },
  unknown: 'unknown',
  facts: 'Awards and other facts',
  factColumns: ['What', 'Where, who'],
};

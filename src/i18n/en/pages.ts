import type { Messages } from '../messages.ts';

export const pages: Messages['pages'] = {
  pagesNav: 'Pages',
  contents: 'Contents',
  national: 'National',
  overview: {
    lede:
      'Headline indicators of the justice sector from the latest published figures, each with its source. ' +
      'Rates are recomputed from their counts.',
  },
  tasks: {
    title: 'Tasks completed against the work programme',
    lede:
      'Tasks completed over tasks due in the period, as published. ' +
      'Each report has its own scope (whole sector, the Ministry, its units), so they are not added up.',
    scopeAll: 'Every report',
    scopeMinistry: 'Ministry of Justice',
  },
  mediation: {
    title: 'Grassroots mediation: success rate by province',
    lede:
      'Mediation success rate = cases settled / cases received. ' +
      'Provinces that published nothing for the chosen period are not counted as zero.',
    map: 'Map',
    ranking: 'Ranking',
  },
  enforcement: {
    title: 'Civil judgment enforcement against targets',
    lede:
      'Completion rates are over cases and money with conditions to enforce (not over the total to enforce). ' +
      'The enforcement statistical year runs from 1 October of the year before to 30 September.',
    workload: 'What there was to enforce',
    provinces: 'Provinces compared',
  },
};

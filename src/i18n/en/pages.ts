import type { Messages } from '../messages.ts';

export const pages: Messages['pages'] = {
  pagesNav: 'Pages',
  contents: 'Contents',
  national: 'National',
  overview: {
    lede:
      'Headline indicators of the justice sector from published figures, newest first; each card states its period, ' +
      'how old the figure is, and its source. The printed rate is the figure; ' +
      'the rate recomputed from counts is a check.',
  },
  tasks: {
    title: 'Tasks completed against the work programme',
    lede:
      'Tasks completed per report, as the source printed them: over the tasks due where it printed a rate; over ' +
      'the tasks assigned (not yet due included) where it printed counts only, and then no rate is computed. ' +
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

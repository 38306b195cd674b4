import type { Messages } from '../messages.ts';

export const data: Messages['data'] = {
  // The names as the data holds them (published/*.csv, column organisation); a body not listed keeps its name.
  organisations: {
    'Bộ Tư pháp': 'Ministry of Justice',
    'Sở Tư pháp': 'Department of Justice',
    'Các đơn vị thuộc Bộ Tư pháp (nhiệm vụ Lãnh đạo Bộ giao)':
      'Units of the Ministry of Justice (tasks set by the Ministry’s leadership)',
    'Chính phủ (các bộ, cơ quan, địa phương)': 'Government (ministries, agencies and localities)',
    'Chi cục THADS TP Bảo Lộc': 'Bảo Lộc City Civil Judgment Enforcement Sub-department',
    'Chi cục THADS huyện Tân Thạnh': 'Tân Thạnh District Civil Judgment Enforcement Sub-department',
  },
  sourceKind: {
    official_report: 'Official report or document',
    official_portal: 'Government portal',
    press: 'Press',
    repost: 'Repost or aggregator',
  },
  issue: {
    printed_rate_mismatch: 'Printed rate does not match the counts printed with it',
    different_denominator: 'Printed rate is over another denominator',
    inconsistent_as_printed: 'Printed figures contradict each other',
    source_error: 'Misprint in the source',
    different_basis: 'Set on another basis',
    unverified: 'Not verifiable in the stored source',
  },
  datesBasis: {
    statistical_year: 'Dates not printed: enforcement statistical year (1 Oct – 30 Sep)',
    year_only: 'Only a year or an approximate time printed',
    cutoff: 'Period runs to the date of the article',
    curation: 'Dates set by the curator (see the notes)',
  },
  datesAssumedMark: 'assumed dates',
  denominatorScope: {
    all_assigned: 'Denominator includes tasks not yet due',
    due: 'Denominator is the tasks due',
  },
  countsApproximate: 'A count is printed as approximate: the printed rate is the figure',
};

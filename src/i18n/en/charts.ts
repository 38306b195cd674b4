import type { Messages } from '../messages.ts';

export const charts: Messages['charts'] = {
  noData: 'no data',
  rateLegend: 'Rate (%)',
  archipelago: (a) => a.name_en.replace(' Islands', ' Is.'),
  targetOfYear: (year, value) => `Target ${year}: ${value}`,
  national: (value) => `National ${value}`,
  nothingToDraw: 'No values to draw',
};

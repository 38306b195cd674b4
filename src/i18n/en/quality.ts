import type { Messages } from '../messages.ts';

export const quality: Messages['quality'] = {
  periodLabel: (label, period) =>
    `the period label «${label}» disagrees with the file's dates; the explicit ${period} is used`,
  periodLabelUnquoted: (period) => `the period label disagrees with the file's dates; the explicit ${period} is used`,
  partialCounts: (which) =>
    `the rate is printed with its ${which ?? 'numerator or denominator'} only: ` +
    'the printed rate is shown, and the row cannot join an aggregate',
  rateDiscrepancy: (printed, counts, computed) => `printed ${printed} but ${counts} = ${computed}`,
  uploadSource: (named, attributed) =>
    `source «${named}» is not a published source: the figure is attributed to ${attributed}`,
};

import type { Messages } from '../messages.ts';

/** Words of a figure's controls in the browser: the notice after a change, copy link, tips, compare. */
export const controls: Messages['controls'] = {
  updated: 'Updated to your choice',
  copyLink: 'Copy link',
  copied: 'Link to this figure copied',
  copyFailed: 'Could not copy; the link to this figure is now in the address bar',
  openInExplore: 'Open in Explore',
  tableRegion: 'Data table (scrolls sideways)',
  tipClose: 'Close',
  compareTitle: 'Compare the provinces you choose',
  compareLede:
    'Choose provinces and a span of years: the table and chart are computed in your browser by DuckDB-wasm ' +
    'over the same data file, with the same query the site is built with.',
  compareProvinces: 'Provinces (choose several)',
  compareFrom: 'From',
  compareTo: 'To',
  compareRun: 'Compare',
  compareLoading: 'Computing in your browser…',
  compareNone: 'No province chosen.',
  compareEmpty: 'The chosen provinces have no figure in these years.',
  compareMissing: (names: string) => `No figure: ${names}.`,
  placesWithoutFigure: (names: string) => `Chosen, but no figure under these filters: ${names}.`,
  compareColumns: ['Period', 'Province', 'Rate', 'Numerator', 'Denominator', 'Source'],
  compareChartLabel: (n: number, from: number, to: number) =>
    `Rates of the ${n} chosen provinces, ${from}–${to}; the figures are in the table below.`,
  showFacts: (n: number) => `Show the ${n} figures`,
};

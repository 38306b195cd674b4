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
};

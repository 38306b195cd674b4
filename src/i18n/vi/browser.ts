import { charts } from './charts.ts';
import { controls } from './controls.ts';
import { data } from './data.ts';
import { explore } from './explore.ts';
import { honesty } from './honesty.ts';
import { periods } from './periods.ts';
import { quality } from './quality.ts';
import { security } from './security.ts';
import { site } from './site.ts';
import { units } from './units.ts';
import { views } from './views.ts';

/**
 * The areas that code running in the browser reads (views, charts, Explore, the live client); only
 * these reach the browser's bundles. Areas that only pages read at build are added in index.ts.
 */
export const browserVi = {
  site,
  units,
  periods,
  views,
  charts,
  quality,
  explore,
  controls,
  honesty,
  data,
  security,
};

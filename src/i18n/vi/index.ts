import { charts } from './charts.ts';
import { controls } from './controls.ts';
import { data } from './data.ts';
import { explore } from './explore.ts';
import { explorePage } from './explore-page.ts';
import { honesty } from './honesty.ts';
import { method } from './method.ts';
import { movements } from './movements.ts';
import { pages } from './pages.ts';
import { quality } from './quality.ts';
import { service } from './service.ts';
import { periods } from './periods.ts';
import { security } from './security.ts';
import { extract } from './extract.ts';
import { site } from './site.ts';
import { units } from './units.ts';
import { views } from './views.ts';

/**
 * The Vietnamese catalogue: every word a reader sees on a Vietnamese page, one file per area.
 * It defines the shape of the catalogue; the English one must have the same keys (type-checked).
 */
export const vi = {
  site,
  units,
  periods,
  views,
  charts,
  pages,
  movements,
  method,
  quality,
  explorePage,
  controls,
  honesty,
  data,
  explore,
  security,
  extract,
  service,
};

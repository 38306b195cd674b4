import { browserVi } from './browser.ts';
import { explorePage } from './explore-page.ts';
import { extract } from './extract.ts';
import { method } from './method.ts';
import { movements } from './movements.ts';
import { pages } from './pages.ts';
import { partitioned } from './partitioned.ts';
import { service } from './service.ts';

/**
 * The Vietnamese catalogue: every word a reader sees on a Vietnamese page, one file per area.
 * It defines the shape of the catalogue; the English one must have the same keys (type-checked).
 */
export const vi = { ...browserVi, pages, movements, method, explorePage, extract, service, partitioned };

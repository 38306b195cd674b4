import { data } from './data.ts';
import { service } from './service.ts';
import { site } from './site.ts';

/**
 * The Vietnamese catalogue: every word a reader sees on a Vietnamese page, one file per area.
 * It defines the shape of the catalogue; the English one must have the same keys (type-checked).
 */
export const vi = { site, data, service };

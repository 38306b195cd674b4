import type { Messages } from '../messages.ts';
import { data } from './data.ts';
import { service } from './service.ts';
import { site } from './site.ts';

/** The English catalogue: the same keys as the Vietnamese one, checked by the type checker. */
export const en: Messages = { site, data, service };

import type { Messages } from '../messages.ts';
import { browserEn } from './browser.ts';
import { explorePage } from './explore-page.ts';
import { extract } from './extract.ts';
import { method } from './method.ts';
import { movements } from './movements.ts';
import { pages } from './pages.ts';
import { partitioned } from './partitioned.ts';
import { service } from './service.ts';

/** The English catalogue: the same keys as the Vietnamese one, checked by the type checker. */
export const en: Messages = { ...browserEn, pages, movements, method, explorePage, extract, service, partitioned };

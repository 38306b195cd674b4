import type { Lang } from '../lib/format.ts';
import { useTranslations } from './messages.ts';

export type Ui = ReturnType<typeof useTranslations>['site'];

/** The site frame's words in one language (the `site` area of the catalogue). */
export function ui(lang: Lang): Ui {
  return useTranslations(lang).site;
}

import type { Lang } from '../lib/format.ts';
import { browserEn } from './en/browser.ts';
import { browserVi } from './vi/browser.ts';

/** The part of the catalogue that code running in the browser reads (see vi/browser.ts). */
export type BrowserMessages = typeof browserVi;

const CATALOGUES: Record<Lang, BrowserMessages> = { vi: browserVi, en: browserEn };

/**
 * The browser's words of one language. Modules that run in the browser ask this, not useTranslations,
 * so that the build-only areas (page text, the statistics service) stay out of the browser's bundles.
 */
export function useBrowserTranslations(lang: Lang): BrowserMessages {
  return CATALOGUES[lang];
}

import type { Lang } from '../lib/format.ts';
import type { browserVi } from './vi/browser.ts';

/** The part of the catalogue that code running in the browser reads (see vi/browser.ts). */
export type BrowserMessages = typeof browserVi;

const load: Record<Lang, () => Promise<BrowserMessages>> = {
  vi: () => import('./vi/browser.ts').then((m) => m.browserVi),
  en: () => import('./en/browser.ts').then((m) => m.browserEn),
};

/**
 * The language of the page this runs in, or null where there is no page of one language (the build, Node,
 * tests, a worker): then both catalogues are loaded. A page loads its own language's words only, about half
 * the catalogue's bytes, and every page is in one language (pagePath).
 */
function pageLang(): Lang | null {
  if (typeof document === 'undefined') return null;
  const lang = document.documentElement.lang;
  return Object.hasOwn(load, lang) ? (lang as Lang) : null;
}

const only = pageLang();
const CATALOGUES: Partial<Record<Lang, BrowserMessages>> = Object.fromEntries(
  await Promise.all((only ? [only] : (Object.keys(load) as Lang[])).map(async (lang) => [lang, await load[lang]()])),
);

/**
 * The browser's words of one language. Modules that run in the browser ask this, not useTranslations,
 * so that the build-only areas (page text, the statistics service) stay out of the browser's bundles.
 */
export function useBrowserTranslations(lang: Lang): BrowserMessages {
  const words = CATALOGUES[lang];
  // A page asking another language's words is a bug of that code: said plainly, not shown in the wrong language.
  if (!words) throw new Error(`the ${lang} words are not loaded on a page in ${only}`);
  return words;
}

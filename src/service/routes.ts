import type { Lang } from '../lib/format.ts';
import { API_BASE } from './api.ts';

/**
 * Addresses of the statistics service's pages. Each is permanent: a citation or an API client keeps it,
 * so an address changes only with a new API version or never.
 */
export { otherLang } from '../i18n/routes.ts';

/** Where each language's pages start, and the name of the indicator pages' folder in it. */
const ROOT: Record<Lang, string> = { vi: '/', en: '/en/' };
const INDICATORS: Record<Lang, string> = { vi: 'chi-so/', en: 'indicators/' };
const EMBEDS: Record<Lang, string> = { vi: 'nhung/', en: 'embed/' };

/** Where a language's embed pages live: `/nhung/`, `/en/embed/`. */
export function embedFolder(lang: Lang): string {
  return `${ROOT[lang]}${EMBEDS[lang]}`;
}

/** A figure alone, for other sites to frame: `/nhung/<id>/`, `/en/embed/<id>/`. */
export function embedPath(id: string, lang: Lang): string {
  return `${embedFolder(lang)}${id}/`;
}

/** Where the embed pages live, in each language: the host lets any site frame what is under them. */
export const EMBED_FOLDERS = (Object.keys(EMBEDS) as Lang[]).map(embedFolder);

/** The share image of a page (1200×630 PNG in the page's language): a figure's, or the site's (`site`). */
export function shareImagePath(id: string, lang: Lang): string {
  return `${ROOT[lang]}share/${id}.png`;
}

/** The share image of pages that show no figure. */
export const SITE_SHARE_IMAGE = 'site';

export function indicatorPath(id: string, lang: Lang): string {
  return `${ROOT[lang]}${INDICATORS[lang]}${id}/`;
}

export function indicatorsPath(lang: Lang): string {
  return `${ROOT[lang]}${INDICATORS[lang]}`;
}

export function releasesPath(lang: Lang): string {
  return `${ROOT[lang]}du-lieu/`;
}

export function releasePath(release: string, lang: Lang): string {
  return `${releasesPath(lang)}${release}/`;
}

export function apiDocPath(lang: Lang): string {
  return `${ROOT[lang]}api/`;
}

export function feedPath(lang: Lang): string {
  return `${ROOT[lang]}feed.xml`;
}

/** One indicator's figures in the API: `json`, `csv` or `parquet`. */
export function apiIndicatorPath(id: string, format: 'json' | 'csv' | 'parquet'): string {
  return `${API_BASE}/indicators/${id}.${format}`;
}

export const API_INDEX_PATH = `${API_BASE}/indicators.json`;

/** A release's data files, kept as they were published. */
export function releaseDataPath(release: string, file: string): string {
  return `/data/releases/${release}/${file}`;
}

/** The same page in the other language: `/x/` ↔ `/en/x/`, `/chi-so/<id>/` ↔ `/en/indicators/<id>/`. */
export function alternatePath(pathname: string): string {
  const indicator = /^\/(?:chi-so|en\/indicators)\/(.*)$/.exec(pathname);
  if (indicator) return pathname.startsWith('/en/') ? `/chi-so/${indicator[1]}` : `/en/indicators/${indicator[1]}`;
  return pathname.startsWith('/en/') ? pathname.slice(3) : `/en${pathname}`;
}

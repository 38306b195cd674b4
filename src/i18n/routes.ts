import type { Lang } from '../lib/format.ts';

/** The site's pages, by id; the same slug in both languages so the language switch keeps the page. */
export const PAGES = ['overview', 'tasks', 'mediation', 'enforcement', 'movements', 'explore', 'sources'] as const;
export type PageId = (typeof PAGES)[number];

const SLUGS: Record<PageId, string> = {
  overview: '',
  tasks: 'nhiem-vu/',
  mediation: 'hoa-giai/',
  enforcement: 'thi-hanh-an/',
  movements: 'phong-trao/',
  explore: 'kham-pha/',
  sources: 'nguon/',
};

/** `/nhiem-vu/` in Vietnamese, `/en/nhiem-vu/` in English. */
export function pagePath(page: PageId, lang: Lang): string {
  return `${lang === 'en' ? '/en/' : '/'}${SLUGS[page]}`;
}

/** For getStaticPaths: Vietnamese at the root, English under /en/. */
export function langPaths() {
  return [{ params: { lang: undefined } }, { params: { lang: 'en' } }];
}

/** The language the switch leads to. */
export function otherLang(lang: Lang): Lang {
  return lang === 'vi' ? 'en' : 'vi';
}

export function langOf(param: string | undefined): Lang {
  return param === 'en' ? 'en' : 'vi';
}

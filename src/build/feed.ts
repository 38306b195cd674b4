import { useTranslations } from '../i18n/messages.ts';
import type { Lang } from '../lib/format.ts';
import { hasIndicatorPage } from '../service/api.ts';
import { atomFeed } from '../service/feed.ts';
import { changeCounts } from '../service/release-paths.ts';
import type { ReleaseList } from '../service/releases.ts';
import { feedPath, releasePath, releasesPath } from '../service/routes.ts';
import { describeChange, releaseNames } from './releases.ts';

/** The Atom feed of a language: one entry per release, listing its new and revised headline figures. */
export async function renderFeed(lang: Lang, list: ReleaseList): Promise<string> {
  const messages = useTranslations(lang);
  const t = messages.service.feed;
  const names = await releaseNames();
  const entries = list.releases.map((release) => {
    // Headline figures: the rates and targets, the figures with pages of their own.
    const headline = release.changes.filter(
      (c) => c.change !== 'withdrawn' && hasIndicatorPage(names.indicators.get(c.indicator)?.kind ?? ''),
    );
    const counts = changeCounts(headline);
    const lines = headline.map((c) => {
      const words = describeChange(c, lang, names);
      const what = `${words.indicator}, ${words.place}, ${words.period}`;
      return c.change === 'added' ? t.added(what, words.new) : t.revised(what, words.old, words.new);
    });
    const fallback = release.previous === null ? t.first(release.figures) : t.none;
    return {
      release,
      title: t.entryTitle(release.id, counts.added, counts.revised),
      lines: lines.length > 0 ? lines : [fallback],
      path: releasePath(release.id, lang),
    };
  });
  return atomFeed({
    lang,
    title: t.title,
    subtitle: t.subtitle,
    author: messages.site.siteTitle,
    path: feedPath(lang),
    pagePath: releasesPath(lang),
    entries,
  });
}

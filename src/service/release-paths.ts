import type { ReleaseList } from './releases.ts';

/** One static page per release and language: `/du-lieu/<id>/` and `/en/du-lieu/<id>/`. */
export function releasePaths(list: ReleaseList) {
  return list.releases.flatMap((release) =>
    [undefined, 'en'].map((lang) => ({ params: { lang, release: release.id }, props: { release } })),
  );
}

/** How many figures a release added, revised and withdrew. */
export function changeCounts(changes: ReadonlyArray<{ change: string }>) {
  const count = (kind: string) => changes.filter((c) => c.change === kind).length;
  return { added: count('added'), revised: count('revised'), withdrawn: count('withdrawn') };
}

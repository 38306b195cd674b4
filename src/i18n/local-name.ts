import type { Lang } from '../lib/format.ts';

type Localised<P extends string> = { [K in `${P}_${Lang}`]: string };

/**
 * The one place a data field is chosen by language: `name_vi` or `name_en`, `indicator_vi` or
 * `indicator_en`. Data carries both names; the catalogue carries the words around them.
 */
export function localField<P extends string>(row: Localised<P>, prefix: P, lang: Lang): string {
  return (row as Record<string, string>)[`${prefix}_${lang}`]!;
}

/** A place's or an indicator's name in the reader's language (`name_vi` / `name_en`). */
export function localName(row: Localised<'name'>, lang: Lang): string {
  return localField(row, 'name', lang);
}

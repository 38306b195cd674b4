import type { Lang } from '../lib/format.ts';

const rules = new Map<Lang, Intl.PluralRules>();

/** Words for a count by plural category; Vietnamese has one form ("other"), English two. */
export interface PluralForms {
  one?: string;
  other: string;
}

/** Picks the form for `n` by the language's plural rules (Intl.PluralRules). */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return rule.select(n) === 'one' && forms.one !== undefined ? forms.one : forms.other;
}

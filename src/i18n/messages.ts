import type { Lang } from '../lib/format.ts';
import { en } from './en/index.ts';
import { vi } from './vi/index.ts';

/** The catalogue's shape, by area; Vietnamese is the reference, so a key missing in English is a type error. */
export type Messages = typeof vi;

const CATALOGUES: Record<Lang, Messages> = { vi, en };

/** The words of one language; views and pages ask it and never branch on the language themselves. */
export function useTranslations(lang: Lang): Messages {
  return CATALOGUES[lang];
}

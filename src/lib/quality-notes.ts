import { useBrowserTranslations } from '../i18n/browser.ts';
import { formatDate, formatNumber, formatPercent, type Lang } from './format.ts';
import type { QualityNote } from './observations.ts';

/**
 * A quality note in the reader's language. quality.json keeps the build's English message for the log;
 * pages say it from the note's kind and fields. Texts only the message carries (the period label, the source
 * named in an upload) are read back from it: src/lib/observations.ts writes them between « ».
 */
export function qualityNoteText(note: QualityNote, lang: Lang): string {
  const t = useBrowserTranslations(lang).quality;
  const period = `${formatDate(note.period_start, lang)}–${formatDate(note.period_end, lang)}`;
  switch (note.kind) {
    case 'period_label_mismatch': {
      const label = /«(.+?)»/.exec(note.message)?.[1];
      return label ? t.periodLabel(label, period) : t.periodLabelUnquoted(period);
    }
    case 'partial_counts': {
      const which = /\b(numerator|denominator) only\b/.exec(note.message)?.[1] as 'numerator' | 'denominator';
      return t.partialCounts(which ?? null);
    }
    case 'rate_discrepancy': {
      const counts = /(\d[\d.]*)\/(\d[\d.]*) =/.exec(note.message);
      if (!counts || note.value_reported == null || note.value == null) return note.message;
      const [, numerator, denominator] = counts;
      return t.rateDiscrepancy(
        formatPercent(note.value_reported, lang),
        `${formatNumber(Number(numerator), lang, 0)}/${formatNumber(Number(denominator), lang, 0)}`,
        formatPercent(note.value, lang),
      );
    }
    case 'upload_source': {
      const names = /«(.*)» is not a published source: the figure is attributed to (.+)$/.exec(note.message);
      return names ? t.uploadSource(names[1]!, names[2]!) : note.message;
    }
    default:
      return note.message;
  }
}

import { langOf } from '../i18n/routes.ts';
// The report reader's script: reveals the form (hidden for readers without JavaScript) and loads the
// extractor. File readers (Word, PDF) load only when such a file is chosen.
import { extract as wordsEn } from '../i18n/en/extract.ts';
import { extract as wordsVi } from '../i18n/vi/extract.ts';

// The review page's area only: the rest of the catalogue stays out of this page's bundle.
const WORDS = { vi: wordsVi, en: wordsEn };

const root = document.querySelector<HTMLElement>('[data-extract]');
if (root) {
  for (const el of root.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
  for (const el of root.querySelectorAll<HTMLElement>('[data-no-js]')) el.hidden = true;
  const lang = langOf(document.documentElement.lang);
  void import('../extract-review/page.ts').then((m) => m.start(root, WORDS[lang], lang));
}

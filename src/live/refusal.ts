import { useBrowserTranslations } from '../i18n/browser.ts';
import type { Lang } from '../lib/format.ts';

/**
 * The page after its data files were refused (IntegrityError): the figures rendered at build stay as
 * they are, a notice after `anchor` says why in the page's language, and every control under `controls`
 * is disabled, since it could only answer from the refused data. Never a blank page.
 */
export function refuseData(lang: Lang, anchor: Element, controls: Iterable<Element>): void {
  let notice = anchor.nextElementSibling;
  if (!(notice instanceof HTMLElement && notice.dataset.dataRefused !== undefined)) {
    notice = Object.assign(document.createElement('p'), { className: 'error' });
    (notice as HTMLElement).dataset.dataRefused = '';
    notice.setAttribute('role', 'alert');
    anchor.after(notice);
  }
  notice.textContent = useBrowserTranslations(lang).security.dataRefused;
  for (const root of controls) {
    for (const control of root.querySelectorAll<HTMLButtonElement>('button, input, select, textarea'))
      control.disabled = true;
    root.setAttribute('aria-disabled', 'true');
  }
}

/** The page's controls that start the engine outside Explore: the compare forms. */
export function engineForms(): HTMLFormElement[] {
  return [...document.querySelectorAll<HTMLFormElement>('form[data-compare-form]')];
}

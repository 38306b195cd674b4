import type { Lang } from '../lib/format.ts';
import { ui } from '../i18n/ui.ts';
import { langOf } from '../i18n/routes.ts';
import { fillFigure } from '../views/render.ts';
import { VIEWS } from '../views/registry.ts';
import { IntegrityError, pageRelease } from '../lib/integrity.ts';
import { DataFileError } from './data-files.ts';
import { openBrowserDb } from './duckdb.ts';
import { engineForms, refuseData } from './refusal.ts';

const lang: Lang = langOf(document.documentElement.lang);
const t = ui(lang);
const status = document.querySelector<HTMLElement>('[data-live-status]');

function say(text: string, busy = false): void {
  if (!status) return;
  status.textContent = text;
  status.dataset.busy = String(busy);
  // A notice goes by itself; it has been read out (aria-live) and must not stay over the chart.
  clearTimeout(Number(status.dataset.timer));
  if (!busy) status.dataset.timer = String(setTimeout(() => (status.textContent = ''), 6000));
}

/** Starts loading DuckDB-wasm when a reader reaches for a control, so the answer is ready sooner. */
export function warmUp(): void {
  void openBrowserDb().catch(() => {});
}

/** Re-runs the figure's view with the form's choices on DuckDB-wasm and redraws it in place. */
export async function update(form: HTMLFormElement): Promise<void> {
  const block = form.closest<HTMLElement>('[data-view]');
  const figure = block?.querySelector<HTMLElement>('figure[id]');
  const view = VIEWS[block?.dataset.view ?? ''];
  if (!block || !figure || !view) return;
  const params = {
    ...JSON.parse(block.dataset.params ?? '{}'),
    ...Object.fromEntries(new FormData(form) as unknown as Iterable<[string, string]>),
  };
  figure.setAttribute('aria-busy', 'true');
  say(t.liveLoading, true);
  try {
    const db = await openBrowserDb();
    const result = await view(db, params, {
      lang,
      width: figure.querySelector('.chart')?.clientWidth || undefined,
      release: pageRelease(document),
    });
    fillFigure(figure, result, lang);
    figure.dataset.live = 'true';
    delete figure.dataset.liveError;
    say(t.liveReady);
  } catch (error) {
    console.error(error);
    // The figure keeps the published, build-time numbers; the reader is told why it did not change.
    figure.dataset.liveError = (error as Error).name;
    if (error instanceof IntegrityError) refuseData(lang, form, [form, ...engineForms()]);
    say(
      error instanceof IntegrityError ? t.integrityError : error instanceof DataFileError ? t.dataError : t.liveError,
    );
  } finally {
    figure.removeAttribute('aria-busy');
  }
}

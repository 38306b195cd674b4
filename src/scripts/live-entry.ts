// The only script every page loads, a few KB. It reveals the controls and answers them from states
// rendered at build (src/scripts/figure-states.ts): no engine for a question whose answers were known
// at build. Only where the build has no such state (`astro dev`) does it import the live client.
import {
  choicesFromAddress,
  compareFromAddress,
  figureAddress,
  keepInLanguageSwitch,
  writeAddress,
} from './address.ts';
import { installChartKeys } from './chart-keys.ts';
import { installMapKeys } from './map-keys.ts';
import { installTips } from './tips.ts';

installTips();
installMapKeys();
installChartKeys();
installChartExports();
const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-live-form]')];
const NOTE_MS = 4000;

// The state swapper (and Explore's address rules it uses for links) is not part of the first load: a page
// with controls fetches it once it is idle, so that the first change does not wait for it; the overview never does.
let states: Promise<typeof import('./figure-states.ts')> | undefined;
const loadStates = () => (states ??= import('./figure-states.ts'));
if (forms.length > 0) {
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  idle(() => void loadStates().catch(() => (states = undefined)));
}

/** Shows each form's chosen state; returns the time it took, for the benchmark and tests. */
async function show(changed: readonly HTMLFormElement[]): Promise<void> {
  const started = performance.now();
  await Promise.all(
    changed.map(async (form) => {
      const { showState } = await loadStates();
      if (await showState(form)) return;
      const client = await import('../live/client.ts');
      await client.update(form);
    }),
  );
  document.documentElement.dataset.lastChangeMs = String(Math.round(performance.now() - started));
}

/** A short notice beside the control, read by screen readers, gone by itself. */
function note(form: HTMLFormElement, text: string): void {
  const el = form.querySelector<HTMLElement>('[data-control-note]');
  if (!el) return;
  el.textContent = text;
  clearTimeout(Number(el.dataset.timer));
  el.dataset.timer = String(setTimeout(() => (el.textContent = ''), NOTE_MS));
}

for (const form of forms) {
  form.hidden = false;
  form.addEventListener('change', (event) => {
    const changed = [form, ...syncPeers(event.target)];
    writeAddress(true);
    void show(changed).then(() => note(form, form.dataset.updated ?? ''));
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.querySelector<HTMLButtonElement>('[data-copy-link]')?.addEventListener('click', (event) => {
    const button = event.currentTarget as HTMLButtonElement;
    const id = form.closest<HTMLElement>('[data-figure]')?.dataset.figure ?? '';
    const url = figureAddress(id);
    navigator.clipboard
      .writeText(url)
      .then(() => note(form, button.dataset.copied ?? ''))
      .catch(() => {
        history.replaceState(null, '', url);
        note(form, button.dataset.copyFailed ?? '');
      });
  });
}

// The open question ("compare the provinces you choose") runs on DuckDB-wasm: the engine starts when a
// reader reaches for it (pointer or focus on its form), not on load.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-compare-form]')) {
  const section = form.closest<HTMLElement>('[data-compare]')!;
  form.hidden = false;
  const warm = () => void import('../live/duckdb.ts').then((d) => d.openBrowserDb()).catch(() => {});
  form.addEventListener('pointerenter', warm, { once: true });
  form.addEventListener('focusin', warm, { once: true });
  const run = () => import('../live/compare.ts').then((c) => c.runCompare(section));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    section.dataset.ran = 'true';
    writeAddress(true);
    void run();
  });
  if (compareFromAddress(location.search, form)) {
    section.dataset.ran = 'true';
    void run();
  }
}

// The address names a view: show it. Back and forward step through the reader's choices.
if (forms.length > 0 || document.querySelector('[data-compare]')) {
  const named = choicesFromAddress(location.search);
  if (named.length > 0) void show(named);
  writeAddress(false);
  addEventListener('popstate', () => {
    keepInLanguageSwitch();
    void show(choicesFromAddress(location.search));
  });
}

/**
 * Figures of one page that share a choice (the same period on a map and a ranking) move together:
 * a select marked data-sync sets its namesakes elsewhere on the page, where they offer that value.
 */
function syncPeers(target: EventTarget | null): HTMLFormElement[] {
  if (!(target instanceof HTMLSelectElement) || !target.dataset.sync) return [];
  const peers: HTMLFormElement[] = [];
  for (const other of document.querySelectorAll<HTMLSelectElement>(`select[data-sync="${target.dataset.sync}"]`)) {
    if (other === target || other.value === target.value || ![...other.options].some((o) => o.value === target.value))
      continue;
    other.value = target.value;
    if (other.form) peers.push(other.form);
  }
  return peers;
}

/** A figure's SVG and PNG downloads are made in the browser: shown with JavaScript, loaded on the first click. */
function installChartExports(): void {
  for (const el of document.querySelectorAll<HTMLElement>('.chart-exports')) el.hidden = false;
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-chart-export]');
    const figure = button?.closest<HTMLElement>('figure.chart-figure');
    if (!button || !figure) return;
    const format = button.dataset.chartExport === 'png' ? 'png' : 'svg';
    const name = figure
      .querySelector('[data-part="download"]')
      ?.getAttribute('download')
      ?.replace(/\.csv$/, '');
    void import('./chart-export.ts').then((m) => m.downloadChart(figure, format, name || figure.id)).catch(() => {});
  });
}

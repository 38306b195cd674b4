// The baseline page for the reader benchmark (bundled at bench time, never shipped): the same page
// with DuckDB-wasm and the data loaded as the page loads, and any live figure redrawn from it, as a
// page that draws its charts from DuckDB would. It stands in for the site's live-entry script, which
// the variant leaves out, and wires the controls the same way.
import { update } from '../../src/live/client.ts';
import { openBrowserDb } from '../../src/live/duckdb.ts';

const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-live-form]')];
for (const form of forms) {
  form.hidden = false;
  form.addEventListener('change', () => void update(form));
  form.addEventListener('submit', (event) => event.preventDefault());
}
void openBrowserDb()
  .then(() => Promise.all(forms.map((form) => update(form))))
  .then(() => {
    (window as unknown as { benchEagerDone: number }).benchEagerDone = performance.now();
  });

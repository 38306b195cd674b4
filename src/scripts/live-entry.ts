// The only script every page loads: a few hundred bytes. It reveals the controls and, on the first
// interaction, imports the live client (DuckDB-wasm, Plot); a reader who only looks downloads none of it.
const forms = document.querySelectorAll<HTMLFormElement>('form[data-live-form]');
const client = () => import('../live/client.ts');

for (const form of forms) {
  form.hidden = false;
  const warm = () => void client().then((c) => c.warmUp());
  form.addEventListener('pointerenter', warm, { once: true });
  form.addEventListener('focusin', warm, { once: true });
  form.addEventListener('change', () => void client().then((c) => c.update(form)));
  form.addEventListener('submit', (event) => event.preventDefault());
}

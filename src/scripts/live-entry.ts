// The only script every page loads: a few hundred bytes. It reveals the controls and, on the first
// interaction, imports the live client (DuckDB-wasm, Plot); a reader who only looks downloads none of it.
const forms = document.querySelectorAll<HTMLFormElement>('form[data-live-form]');
const client = () => import('../live/client.ts');

for (const form of forms) {
  form.hidden = false;
  const warm = () => void client().then((c) => c.warmUp());
  form.addEventListener('pointerenter', warm, { once: true });
  form.addEventListener('focusin', warm, { once: true });
  form.addEventListener('change', (event) => {
    const changed = [form, ...syncPeers(event.target)];
    void client().then((c) => changed.forEach((f) => void c.update(f)));
  });
  form.addEventListener('submit', (event) => event.preventDefault());
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

// The Explore page's script: reveals the workbench (hidden for readers without JavaScript) and
// loads its code. DuckDB-wasm itself starts only when a reader reaches for a control, or at once
// when the address carries a selection to restore.
const root = document.querySelector<HTMLElement>('[data-explore]');
if (root) {
  for (const el of root.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
  for (const el of root.querySelectorAll<HTMLElement>('[data-no-js]')) el.hidden = true;
  void import('../explore/page.ts').then((m) => m.start(root));
}

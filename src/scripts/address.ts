// A topic page's view lives in its address: each control's value as a query parameter, so a link
// reproduces the view, back and forward step through the reader's choices, and the language switch keeps them.

/** The page's controls, each select once by name (selects marked data-sync share one name and value). */
function selects(): HTMLSelectElement[] {
  return [...document.querySelectorAll<HTMLSelectElement>('form[data-live-form] select[name]')];
}

/** The query string of the page's current choices. */
export function currentQuery(): string {
  const params = new URLSearchParams();
  for (const select of selects()) if (!params.has(select.name)) params.set(select.name, select.value);
  // The provinces and years a reader compared, once compared: the open question is part of the view too.
  const compare = document.querySelector<HTMLFormElement>('[data-compare][data-ran] form[data-compare-form]');
  if (compare) {
    const chosen = [...compare.querySelectorAll<HTMLOptionElement>('select[name="places"] option:checked')];
    params.set('places', chosen.map((o) => o.value).join(','));
    for (const name of ['from', 'to'])
      params.set(name, compare.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value ?? '');
  }
  return params.toString();
}

/**
 * Sets every select to the value the address names (or to its built default when the address names
 * none) and returns the forms that changed.
 */
export function choicesFromAddress(search: string): HTMLFormElement[] {
  const params = new URLSearchParams(search);
  const changed = new Set<HTMLFormElement>();
  for (const select of selects()) {
    const options = [...select.options];
    const wanted = params.get(select.name);
    const option = options.find((o) => o.value === wanted) ?? options.find((o) => o.defaultSelected) ?? options[0];
    if (option && select.value !== option.value) {
      select.value = option.value;
      if (select.form) changed.add(select.form);
    }
  }
  return [...changed];
}

/** Sets a compare form to the provinces and years the address names; true when it names some. */
export function compareFromAddress(search: string, form: HTMLFormElement): boolean {
  const params = new URLSearchParams(search);
  const places = new Set((params.get('places') ?? '').split(',').filter(Boolean));
  for (const option of form.querySelectorAll<HTMLOptionElement>('select[name="places"] option'))
    option.selected = places.has(option.value);
  for (const name of ['from', 'to']) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    const value = params.get(name);
    if (select && value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  return places.size > 0;
}

/** Records the current choices as a new entry of the history, and carries them to the other language. */
export function writeAddress(push: boolean): void {
  const query = currentQuery();
  const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  keepInLanguageSwitch();
}

export function keepInLanguageSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.lang-switch')) {
    const target = new URL(link.href);
    target.search = location.search;
    link.href = target.toString();
  }
}

/** The address of one figure in its current view. */
export function figureAddress(figureId: string): string {
  return `${location.origin}${location.pathname}${location.search}#${figureId}`;
}

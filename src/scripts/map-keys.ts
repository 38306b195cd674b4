// A province map is one tab stop: arrow keys move to the nearest province in that direction (roving
// tabindex), Home and End to the first and last. The table below the map stays the full alternative.

const STEP: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

function centre(el: Element): [number, number] {
  const box = el.getBoundingClientRect();
  return [box.left + box.width / 2, box.top + box.height / 2];
}

/** The province nearest `from` in direction `step`, favouring ones straight ahead. */
function nearest(from: Element, provinces: readonly Element[], [dx, dy]: [number, number]): Element | undefined {
  const [x, y] = centre(from);
  let best: Element | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const other of provinces) {
    if (other === from) continue;
    const [ox, oy] = centre(other);
    const ahead = (ox - x) * dx + (oy - y) * dy;
    if (ahead <= 0) continue;
    const aside = Math.abs((ox - x) * dy - (oy - y) * dx);
    const score = ahead + 2 * aside;
    if (score < bestScore) [best, bestScore] = [other, score];
  }
  return best;
}

export function installMapKeys(): void {
  document.addEventListener('keydown', (event) => {
    const current = event.target;
    if (!(current instanceof SVGPathElement) || !current.matches('[data-geo] path[data-code]')) return;
    const provinces = [...current.closest('[data-geo]')!.querySelectorAll('path[data-code]')];
    const next =
      event.key === 'Home'
        ? provinces[0]
        : event.key === 'End'
          ? provinces.at(-1)
          : STEP[event.key]
            ? nearest(current, provinces, STEP[event.key]!)
            : undefined;
    if (!next) return;
    event.preventDefault();
    for (const p of provinces) p.setAttribute('tabindex', p === next ? '0' : '-1');
    (next as SVGElement).focus();
  });
}

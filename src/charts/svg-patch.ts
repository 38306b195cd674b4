/**
 * A drawing described as plain nodes, made into SVG elements or written over elements drawn before from the
 * same kind of description. Writing over keeps every element whose tag still fits and touches only attributes
 * and text that differ, so that a redraw with new values (a brushed span) costs the browser no new elements to
 * style and lay out. One description serves both: the first drawing and every update come from the same code.
 */
export interface SvgNode {
  tag: string;
  /** In the order they are written: a new element's markup lists them so. */
  attrs: ReadonlyArray<readonly [string, string | number]>;
  text?: string;
  children?: readonly SvgNode[];
}

const SVG = 'http://www.w3.org/2000/svg';

export function createSvgNode(doc: Document, node: SvgNode): Element {
  const el = doc.createElementNS(SVG, node.tag);
  for (const [k, v] of node.attrs) el.setAttribute(k, String(v));
  if (node.text !== undefined) el.textContent = node.text;
  for (const child of node.children ?? []) el.append(createSvgNode(doc, child));
  return el;
}

/** `el` made to match `node`: changed attributes and text only; a child of another tag is drawn anew. */
export function patchSvgNode(el: Element, node: SvgNode): void {
  for (const [k, v] of node.attrs) {
    const value = String(v);
    if (el.getAttribute(k) !== value) el.setAttribute(k, value);
  }
  if (el.attributes.length > node.attrs.length)
    for (const name of el.getAttributeNames()) if (!node.attrs.some(([k]) => k === name)) el.removeAttribute(name);
  if (node.text !== undefined) setText(el, node.text);
  else patchSvgChildren(el, node.children ?? []);
}

/**
 * `parent`'s children made to match `nodes`, position by position; children labelled by `aria-label` (a chart's
 * groups: axis, bars, texts) are matched by label, so that a group coming or going (an axis with no ticks) does
 * not make every group after it be drawn anew.
 */
export function patchSvgChildren(parent: Element, nodes: readonly SvgNode[]): void {
  const doc = parent.ownerDocument;
  nodes.forEach((node, i) => {
    let el: Element | null | undefined = parent.children[i];
    const label = node.attrs.find(([k]) => k === 'aria-label')?.[1];
    if (el && label !== undefined && el.getAttribute('aria-label') !== String(label)) {
      let wanted = el.nextElementSibling;
      while (wanted && wanted.getAttribute('aria-label') !== String(label)) wanted = wanted.nextElementSibling;
      if (!wanted) return void parent.insertBefore(createSvgNode(doc, node), el); // a group new here
      while (el && el !== wanted) {
        const gone: Element = el; // groups no longer drawn
        el = el.nextElementSibling;
        gone.remove();
      }
    }
    if (el && el.localName === node.tag) patchSvgNode(el, node);
    else if (el) el.replaceWith(createSvgNode(doc, node));
    else parent.append(createSvgNode(doc, node));
  });
  while (parent.children.length > nodes.length) parent.lastElementChild!.remove();
}

/** The text of an element that holds only text: its text node's data changed, not a new node. */
function setText(el: Element, text: string): void {
  const only = el.firstChild;
  if (only && only === el.lastChild && only.nodeType === 3) {
    if ((only as Text).data !== text) (only as Text).data = text;
  } else el.textContent = text;
}

// The embed page tells the page that frames it how tall it is, on load and whenever its content changes size
// (a narrower frame, the table view opened), so the host can fit the frame to it. The protocol is in
// src/service/embed.ts and the README.
import { EMBED_HEIGHT, type EmbedHeightMessage } from '../service/embed.ts';

const id = document.documentElement.dataset.embed ?? '';
let told = -1;
function tellHeight(): void {
  // The document's own height, not the frame's: scrollHeight would never let a frame shrink.
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === told || window.parent === window) return;
  told = height;
  const message: EmbedHeightMessage = { type: EMBED_HEIGHT, id, height };
  // The height is not a secret: any host may frame the page and hear it.
  window.parent.postMessage(message, '*');
}
new ResizeObserver(tellHeight).observe(document.documentElement);
addEventListener('load', tellHeight);

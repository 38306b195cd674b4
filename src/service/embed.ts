/**
 * The embed protocol: an embed page (`/nhung/<id>/`) posts its height to the page that frames it, and the
 * host's listener sets the frame's height. A message is `{ type: EMBED_HEIGHT, id, height }` (CSS pixels).
 */
export const EMBED_HEIGHT = 'tuphap:height';

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT;
  /** The figure's site-wide id (the embed page's name). */
  id: string;
  height: number;
}

/** The frame's height before its page says how tall it is. */
const FIRST_HEIGHT = 640;

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The code a host pastes: the frame, and a listener that sets the height of the frame that sent the message
 * (checked by `event.source`, so a message from elsewhere moves nothing). One listener serves every frame.
 */
export function embedCode(address: string, id: string, title: string): string {
  const frame =
    `<iframe src="${escapeAttribute(address)}" title="${escapeAttribute(title)}" width="100%" ` +
    `height="${FIRST_HEIGHT}" style="border:0" loading="lazy" data-tuphap-embed="${escapeAttribute(id)}"></iframe>`;
  return `${frame}\n<script>${EMBED_LISTENER}</script>`;
}

/** The host's listener, minified by hand: hosts paste it as it is. */
export const EMBED_LISTENER =
  `addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="${EMBED_HEIGHT}")return;` +
  `document.querySelectorAll("iframe[data-tuphap-embed]").forEach(function(f){` +
  `if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})});`;

/** A request target the static server can serve: decoded path segments and the raw query. */
export interface RequestPath {
  /** Decoded segments; a trailing '' means the address ends with a slash. */
  segments: string[];
  /** The raw path, empty segments dropped: safe to send back in a Location header. */
  canonical: string;
  query: string;
}

// Control characters (NUL included) and separators that would change which file a segment names.
const FORBIDDEN = /[\u0000-\u001f\u007f/\\]/;

/**
 * Reads a request target as a static host must: origin-form only, percent-decoding per segment (so an
 * encoded slash cannot join two segments), and no '.', '..', control character or backslash in any
 * segment, encoded or not. Anything else is malformed (400): `undefined`.
 */
export function parseRequestPath(target: string): RequestPath | undefined {
  if (!target.startsWith('/')) return undefined;
  const mark = target.indexOf('?');
  const raw = mark < 0 ? target : target.slice(0, mark);
  const query = mark < 0 ? '' : target.slice(mark + 1);
  const rawSegments = raw.split('/').slice(1);
  const segments: string[] = [];
  for (const rawSegment of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(rawSegment);
    } catch {
      return undefined; // bad percent-encoding or bytes that are not UTF-8
    }
    if (segment === '.' || segment === '..' || FORBIDDEN.test(segment)) return undefined;
    segments.push(segment);
  }
  const canonical = `/${rawSegments.filter((s) => s !== '').join('/')}`;
  return { segments, canonical, query };
}

import type { ReleaseEntry } from './releases.ts';
import { TAG_AUTHORITY, absolute } from './site-address.ts';

/** What one entry of the feed says, already in the reader's language. */
export interface FeedEntry {
  release: ReleaseEntry;
  title: string;
  /** One line per new or revised headline figure (or a sentence when there are none). */
  lines: string[];
  path: string;
}

export interface Feed {
  lang: string;
  title: string;
  subtitle: string;
  author: string;
  path: string;
  pagePath: string;
  entries: FeedEntry[];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Midnight UTC of a release date: Atom wants a full timestamp; a release is known by its day. */
const timestamp = (date: string) => `${date}T00:00:00Z`;

/** An Atom 1.0 document (RFC 4287): one entry per release, newest first, ids that never change. */
export function atomFeed(feed: Feed): string {
  const updated = feed.entries[0]?.release.date ?? '1970-01-01';
  const entries = feed.entries.map((e) => {
    const list = `<ul>${e.lines.map((line) => `<li>${escapeXml(line)}</li>`).join('')}</ul>`;
    return `  <entry>
    <id>tag:${TAG_AUTHORITY},${e.release.date}:release:${e.release.id}:${feed.lang}</id>
    <title>${escapeXml(e.title)}</title>
    <updated>${timestamp(e.release.date)}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(absolute(e.path))}"/>
    <content type="html">${escapeXml(list)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">
  <id>tag:${TAG_AUTHORITY},2026:feed:${feed.lang}</id>
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <updated>${timestamp(updated)}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(absolute(feed.path))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(absolute(feed.pagePath))}"/>
${entries.join('\n')}
</feed>
`;
}

import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderFeed } from '../../src/build/feed.ts';
import type { ReleaseList } from '../../src/service/releases.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

/** Parses a feed as XML and checks what RFC 4287 requires of a feed and of each entry. */
function validateAtom(xml: string): Document {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const feed = doc.documentElement;
  expect(feed.localName).toBe('feed');
  expect(feed.namespaceURI).toBe(ATOM);
  const child = (parent: Element, name: string) => [...parent.children].filter((c) => c.localName === name);
  const one = (parent: Element, name: string) => {
    const found = child(parent, name);
    expect(found, `${parent.localName} > ${name}`).toHaveLength(1);
    return found[0]!;
  };
  expect(one(feed, 'id').textContent).toMatch(IRI);
  expect(one(feed, 'title').textContent!.trim()).not.toBe('');
  expect(one(feed, 'updated').textContent).toMatch(RFC3339);
  expect(child(one(feed, 'author'), 'name')).toHaveLength(1);
  const ids = new Set<string>();
  for (const entry of child(feed, 'entry')) {
    const id = one(entry, 'id').textContent!;
    expect(id).toMatch(IRI);
    expect(ids.has(id)).toBe(false);
    ids.add(id);
    expect(one(entry, 'title').textContent!.trim()).not.toBe('');
    expect(one(entry, 'updated').textContent).toMatch(RFC3339);
    const alternate = child(entry, 'link').filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
    expect(alternate.length).toBeGreaterThan(0);
    expect(alternate[0]!.getAttribute('href')).toBeTruthy();
  }
  return doc;
}

describe('the Atom feeds', () => {
  it('/feed.xml and /en/feed.xml parse as Atom with an entry per release', () => {
    const { releases } = JSON.parse(readFileSync('public/data/releases.json', 'utf8')) as ReleaseList;
    for (const file of ['dist/feed.xml', 'dist/en/feed.xml']) {
      const doc = validateAtom(readFileSync(file, 'utf8'));
      expect(doc.getElementsByTagNameNS(ATOM, 'entry')).toHaveLength(releases.length);
    }
    expect(readFileSync('dist/feed.xml', 'utf8')).toContain('xml:lang="vi"');
  });

  it('gives a release with a revised figure an entry that names it, old and new value', async () => {
    const list: ReleaseList = JSON.parse(readFileSync('public/data/releases.json', 'utf8'));
    const first = list.releases.at(-1)!;
    const revised = {
      ...first,
      id: '2099-01-01-abcdef0',
      date: '2099-01-01',
      previous: first.id,
      changes: [
        {
          change: 'revised' as const,
          indicator: 'thads_case_rate',
          geo_code: 'VN',
          organisation: null,
          subdivision: null,
          period_label: '9 tháng 2017',
          period_start: '2016-10-01',
          period_end: '2017-06-30',
          old_value_reported: 63.75,
          old_bound: 'exact',
          old_value: 63.75,
          old_source_id: 'thads-moj-gov-vn-3ff5c2',
          new_value_reported: 63.8,
          new_bound: 'exact',
          new_value: 63.8,
          new_source_id: 'thads-moj-gov-vn-3ff5c2',
          reason_vi: null,
          reason_en: null,
        },
      ],
    };
    const vi = validateAtom(await renderFeed('vi', { current: revised.id, releases: [revised, first] }));
    const entry = vi.getElementsByTagNameNS(ATOM, 'entry')[0]!;
    expect(entry.getElementsByTagNameNS(ATOM, 'updated')[0]!.textContent).toBe('2099-01-01T00:00:00Z');
    const content = entry.getElementsByTagNameNS(ATOM, 'content')[0]!.textContent!;
    expect(content).toContain('Tỷ lệ thi hành xong về việc, Toàn quốc');
    expect(content).toContain('63,75% → 63,8%');
    const en = validateAtom(await renderFeed('en', { current: revised.id, releases: [revised, first] }));
    expect(en.getElementsByTagNameNS(ATOM, 'content')[0]!.textContent).toContain('63.75% → 63.8%');
  });
});

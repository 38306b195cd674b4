// Renders the share images (Open Graph, Twitter cards) after `astro build`: for each figure, a 1200×630 PNG
// from its embed page (the chart as the build drew it, its title and source), in each language, into
// dist/share/<id>.png and dist/en/share/<id>.png; and the site's own image for pages without a figure.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { renderShareImage, type ShareCard } from '../src/build/share-image.ts';
import { useTranslations } from '../src/i18n/messages.ts';
import { LANGS, type Lang } from '../src/lib/format.ts';
import { embedFolder, SITE_SHARE_IMAGE, shareImagePath } from '../src/service/routes.ts';

const DIST = path.resolve(process.argv[2] ?? 'dist');
const serializer = new new JSDOM('').window.XMLSerializer();
const serialize = (node: Node) => serializer.serializeToString(node);

/** The card of a figure, read from its built embed page. */
async function figureCard(file: string, site: string): Promise<ShareCard> {
  const { document } = new JSDOM(await readFile(file, 'utf8')).window;
  const text = (part: string) =>
    (document.querySelector(`[data-part="${part}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    site,
    title: text('title'),
    subtitle: text('subtitle'),
    source: text('sources'),
    chart: document.querySelector('[data-part="chart"] .chart-wide'),
  };
}

const started = performance.now();
const jobs: Array<{ card: () => Promise<ShareCard>; out: string }> = [];
for (const lang of LANGS as Lang[]) {
  const site = useTranslations(lang).site;
  const folder = path.join(DIST, embedFolder(lang));
  for (const id of await readdir(folder)) {
    jobs.push({
      card: () => figureCard(path.join(folder, id, 'index.html'), site.siteTitle),
      out: path.join(DIST, shareImagePath(id, lang)),
    });
  }
  const siteCard: ShareCard = { site: '', title: site.siteTitle, subtitle: site.siteSubtitle, source: '', chart: null };
  jobs.push({ card: async () => siteCard, out: path.join(DIST, shareImagePath(SITE_SHARE_IMAGE, lang)) });
}
let bytes = 0;
// The renderer works on its own threads: a few images at a time keep both cores busy.
const queue = [...jobs];
await Promise.all(
  Array.from({ length: 4 }, async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const { png } = await renderShareImage(await job.card(), serialize);
      await mkdir(path.dirname(job.out), { recursive: true });
      await writeFile(job.out, png);
      bytes += png.length;
    }
  }),
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`build-share-images: ${jobs.length} images, ${(bytes / 1024).toFixed(0)} KB in ${seconds} s`);

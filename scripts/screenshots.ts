// npm run screenshots [-- PAGE… --top]: every page (or the named ones) at phone (390×844) and desktop
// (1440×900) width, in both languages, with JavaScript on, into screenshots/ (not committed).
// PAGE is a page id (overview, tasks, mediation, …) or its address (hoa-giai, /en/hoa-giai/).
// --top shoots the first screen only. Run `npm run build` first.
import { mkdir } from 'node:fs/promises';
import { PAGES, type PageId, pagePath } from '../src/i18n/routes.ts';
import { launchChromium } from './lib/browser.ts';
import { createStaticServer, listen } from './lib/static-server.ts';

const args = process.argv.slice(2);
const top = args.includes('--top');
const only = args.filter((a) => !a.startsWith('--')).map(pageOf);

/** A page id from an id, a slug or an address; an unknown name stops with the list of valid ones. */
function pageOf(name: string): PageId {
  const slug = name.replace(/^\/?(en\/)?/, '').replace(/\/?$/, '/');
  const page = PAGES.find((p) => p === name || pagePath(p, 'vi') === `/${slug}` || (slug === '/' && p === 'overview'));
  if (page) return page;
  const valid = PAGES.map((p) => `${p} (${pagePath(p, 'vi')})`).join(', ');
  console.error(`screenshots: no page named "${name}". Valid names: ${valid}`);
  process.exit(2);
}
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } };
const server = createStaticServer('dist');
const origin = await listen(server);
const browser = await launchChromium();
await mkdir('screenshots', { recursive: true });
try {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    for (const lang of ['vi', 'en'] as const) {
      for (const id of PAGES.filter((p) => only.length === 0 || only.includes(p))) {
        await page.goto(`${origin}${pagePath(id, lang)}`, { waitUntil: 'networkidle' });
        const file = `screenshots/${id}-${lang}-${device}.png`;
        await page.screenshot({ path: file, fullPage: !top });
        console.log(file);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

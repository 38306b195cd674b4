import { existsSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderShareImage, SHARE_SIZE } from '../../src/build/share-image.ts';
import { filesUnder } from '../house/files.ts';

// The built site (npm test builds it first): every page's Open Graph and Twitter card tags, and their images.
const pages = existsSync('dist/index.html') ? filesUnder('dist', ['.html']) : [];
const PNG_SIGNATURE = '89504e470d0a1a0a';

function head(file: string) {
  // The head alone: the tags are there, and the charts below need not be parsed.
  const html = readFileSync(file, 'utf8');
  const { document } = new JSDOM(`${html.slice(0, html.indexOf('</head>'))}</head></html>`).window;
  const meta = (key: string) =>
    document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
  return { lang: document.documentElement.lang, meta };
}

/** The file in dist/ that an image address names (absolute with SITE_URL, site-relative without). */
const fileOf = (address: string) => `dist${new URL(address, 'http://site.invalid').pathname}`;

describe('share tags', () => {
  it('reads a built site with embed pages in both languages', () => {
    expect(pages).toContain('dist/nhung/mediation-map/index.html');
    expect(pages).toContain('dist/en/embed/mediation-map/index.html');
  });

  it('gives every page Open Graph and Twitter card tags whose image is a 1200×630 PNG in dist/', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const { lang, meta } = head(file);
      expect(meta('og:title'), file).toBeTruthy();
      expect(meta('og:description'), file).toBeTruthy();
      expect(meta('og:locale'), file).toBe(lang === 'en' ? 'en_US' : 'vi_VN');
      expect(meta('twitter:card'), file).toBe('summary_large_image');
      const image = meta('og:image');
      expect(image, file).toBeTruthy();
      expect(meta('twitter:image'), file).toBe(image);
      const png = readFileSync(fileOf(image!));
      expect(png.subarray(0, 8).toString('hex'), file).toBe(PNG_SIGNATURE);
      // IHDR: width and height, big-endian, after the signature and the chunk's length and type.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([SHARE_SIZE.width, SHARE_SIZE.height]);
    }
  });

  it("shows a figure page's first figure, an embed page's own, each in the page's language", () => {
    const image = (path: string) => new URL(head(`dist${path}index.html`).meta('og:image')!, 'http://x').pathname;
    expect(image('/hoa-giai/')).toBe('/share/mediation-map.png');
    expect(image('/en/thi-hanh-an/')).toBe('/en/share/enforcement.png');
    expect(image('/chi-so/thads_case_rate/')).toBe('/share/thads_case_rate-series.png');
    expect(image('/en/embed/tasks/')).toBe('/en/share/tasks.png');
    expect(image('/nguon/')).toBe('/share/site.png');
  });
});

describe('share images', () => {
  it('draws Vietnamese text with the font shipped from npm, not with whatever the machine has', async () => {
    // Dark pixels in the title's band: with no font loaded the renderer draws no text at all.
    const inked = async (title: string) => {
      const { width, pixels } = await renderShareImage(
        { site: '', title, subtitle: '', source: '', chart: null },
        () => '',
      );
      let dark = 0;
      for (let y = 150; y < 300; y++) for (let x = 0; x < width; x++) if (pixels[(y * width + x) * 4]! < 128) dark++;
      return dark;
    };
    const text = await inked('Tỷ lệ hòa giải thành: Đắk Lắk, Thừa Thiên Huế');
    expect(text).toBeGreaterThan(5000);
    // Diacritics are drawn: the same letters without them ink less.
    expect(text).toBeGreaterThan(await inked('Ty le hoa giai thanh: Dak Lak, Thua Thien Hue'));
  });
});

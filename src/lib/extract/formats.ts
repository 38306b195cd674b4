/** A file the extractor cannot read, with a message a reader can act on. */
export class UnreadableFileError extends Error {}

export type InputFormat = 'txt' | 'html' | 'docx' | 'pdf';

const EXTENSIONS: Record<string, InputFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'txt',
  html: 'html',
  htm: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

/** The format of a file by its name, checked against its first bytes (a .pdf must start "%PDF", a .docx "PK"). */
export function detectFormat(name: string, bytes: Uint8Array): InputFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const format = EXTENSIONS[ext];
  if (!format) {
    throw new UnreadableFileError(
      `«${name}»: unknown file type${ext ? ` .${ext}` : ''}; give a .txt, .html, .docx or .pdf file`,
    );
  }
  const head = String.fromCharCode(...bytes.slice(0, 4));
  if (format === 'pdf' && head !== '%PDF') throw new UnreadableFileError(`«${name}» is not a PDF file`);
  if (format === 'docx' && !head.startsWith('PK'))
    throw new UnreadableFileError(`«${name}» is not a Word (.docx) file; an old .doc must be saved as .docx`);
  return format;
}

/**
 * The plain text of a report file, in Node and in the browser alike: UTF-8 text, HTML without
 * its markup, a Word file's paragraphs (mammoth), a PDF's text layer (unpdf, pdf.js). Loaded only
 * when a file of that kind is read.
 */
export async function readReportText(name: string, bytes: Uint8Array): Promise<string> {
  const format = detectFormat(name, bytes);
  if (format === 'txt') return new TextDecoder('utf-8').decode(bytes);
  if (format === 'html') return htmlToText(new TextDecoder('utf-8').decode(bytes));
  if (format === 'docx') {
    const mammoth = await import('mammoth');
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    // Node's mammoth reads `buffer`, its browser build `arrayBuffer`.
    const input = { buffer: bytes, arrayBuffer: buffer } as unknown as Parameters<typeof mammoth.extractRawText>[0];
    const { value } = await mammoth.extractRawText(input);
    return value;
  }
  const { getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) pages.push(await pdfPageText(await pdf.getPage(n)));
  if (pages.every((page) => page === ''))
    throw new UnreadableFileError(
      `«${name}» has no text layer (a scanned PDF?): run OCR on it first, or paste the text`,
    );
  return pages.join('\n\n');
}

interface PdfTextItem {
  str?: string;
  transform?: number[];
  height?: number;
  hasEOL?: boolean;
}

/**
 * One page's text with its lines put back into paragraphs: a PDF breaks lines at the margin, so a
 * line break is a space unless the gap to the next line is wider than a line (a new paragraph).
 */
async function pdfPageText(page: { getTextContent(): Promise<{ items: unknown[] }> }): Promise<string> {
  const { items } = await page.getTextContent();
  let text = '';
  let lastY: number | null = null;
  let lineHeight = 0;
  for (const item of items as PdfTextItem[]) {
    if (typeof item.str !== 'string') continue;
    const y = item.transform?.[5] ?? 0;
    const height = item.height || item.transform?.[3] || 10;
    if (lastY !== null && Math.abs(lastY - y) > height * 0.5) {
      const gap = Math.abs(lastY - y);
      text = text.replace(/\s+$/, '') + (gap > Math.max(lineHeight, height) * 1.7 ? '\n\n' : ' ');
    }
    if (item.str) {
      text += item.str;
      lastY = y;
      lineHeight = height * 1.2;
    }
  }
  return text.replace(/[ \t]+/g, ' ').trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** HTML to text: scripts and styles dropped, block elements on their own lines, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(head|script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|title)\b[^>]*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n');
}

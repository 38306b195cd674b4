// npm run extract:fixtures — writes the .html, .docx and .pdf copies of tests/fixtures/extract/formats/report.txt
// (and a PDF without a text layer) that the extractor must read to the same candidates. Run once; commit the output.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import JSZip from 'jszip';
import { PDFDocument, rgb } from 'pdf-lib';

const DIR = 'tests/fixtures/extract/formats';
// Any TrueType font with Vietnamese glyphs; DejaVu Sans is Debian's fonts-dejavu-core.
const FONT = process.env.FIXTURE_FONT ?? '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const text = readFileSync(path.join(DIR, 'report.txt'), 'utf8').trim();
const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' '));
const xml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

// HTML: a page as a news site would wrap it, with a script and a counter the extractor must ignore.
const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${xml(paragraphs[0]!)}</title>
<script>var views = 1234;</script><style>p{margin:0}</style></head><body>
<h1>${xml(paragraphs[0]!)}</h1>
${paragraphs
  .slice(1)
  .map((p) => `<p>${xml(p)}</p>`)
  .join('\n')}
</body></html>
`;
writeFileSync(path.join(DIR, 'report.html'), html);

// DOCX: the smallest package Word and mammoth open: content types, relationships, one document part.
const zip = new JSZip();
zip.file(
  '[Content_Types].xml',
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types ' +
    'xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ' +
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ' +
    'ContentType="application/xml"/><Override PartName="/word/document.xml" ' +
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
);
zip.file(
  '_rels/.rels',
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships ' +
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' +
    'Target="word/document.xml"/></Relationships>',
);
const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xml(p)}</w:t></w:r></w:p>`).join('');
zip.file(
  'word/document.xml',
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:body>${body}</w:body></w:document>`,
);

const docx: Uint8Array = await zip.generateAsync({ type: 'uint8array' });
writeFileSync(path.join(DIR, 'report.docx'), docx);

// PDF: A4 pages, lines wrapped at the margin as a report's PDF would be, the font embedded (subset).
const pdf = await PDFDocument.create({ updateMetadata: false });
pdf.registerFontkit(fontkit);
const font = await pdf.embedFont(readFileSync(FONT), { subset: true });
const size = 11;
const width = 595 - 2 * 60;
let page = pdf.addPage([595, 842]);
let y = 842 - 72;
for (const paragraph of paragraphs) {
  let line = '';
  const lines: string[] = [];
  for (const word of paragraph.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  for (const l of lines) {
    if (y < 72) {
      page = pdf.addPage([595, 842]);
      y = 842 - 72;
    }
    page.drawText(l, { x: 60, y, size, font, color: rgb(0, 0, 0) });
    y -= size * 1.5;
  }
  y -= size;
}
writeFileSync(path.join(DIR, 'report.pdf'), await pdf.save({ useObjectStreams: false }));

// A PDF with nothing but a drawing: what a scan without OCR looks like to the extractor.
const scan = await PDFDocument.create({ updateMetadata: false });
scan.addPage([595, 842]).drawRectangle({ x: 60, y: 600, width: 300, height: 150, color: rgb(0.8, 0.8, 0.8) });
writeFileSync(path.join(DIR, 'scan-no-text.pdf'), await scan.save());
console.log(`wrote report.html, report.docx, report.pdf and scan-no-text.pdf in ${DIR}`);

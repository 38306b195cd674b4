import { parquetWriteBuffer } from 'hyparquet-writer';
import { toCsv } from '../views/view.ts';

/** Rows as a reader takes them away: CSV (UTF-8 with BOM, for Excel) or Parquet, written in the browser. */
export type Table = { columns: readonly string[]; rows: ReadonlyArray<Record<string, unknown>> };

export function csvBlob({ columns, rows }: Table): Blob {
  const text = toCsv(
    columns,
    rows.map((r) => columns.map((c) => plain(r[c]))),
  );
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
}

function plain(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'bigint') return value.toString();
  return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
}

/**
 * The Parquet type a column's values fit: numbers as DOUBLE (as the data contract stores them), big integers,
 * booleans, else text.
 */
function columnType(values: readonly unknown[]): 'DOUBLE' | 'INT64' | 'BOOLEAN' | 'STRING' {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0) return 'STRING';
  if (present.every((v) => typeof v === 'boolean')) return 'BOOLEAN';
  if (present.every((v) => typeof v === 'bigint')) return 'INT64';
  if (present.every((v) => typeof v === 'number')) return 'DOUBLE';
  return 'STRING';
}

export function parquetBlob({ columns, rows }: Table): Blob {
  const columnData = columns.map((name) => {
    const values = rows.map((r) => r[name]);
    const type = columnType(values);
    const data = values.map((v) => {
      if (v === null || v === undefined) return null;
      if (type === 'INT64') return BigInt(v as number | bigint);
      if (type === 'STRING') return String(plain(v));
      return v;
    });
    return { name, data, type };
  });
  return new Blob([parquetWriteBuffer({ columnData })], { type: 'application/vnd.apache.parquet' });
}

/** The chart as a standalone SVG file: namespaces and a font set, so it reads outside the page. */
export function svgText(svg: SVGElement): string {
  const copy = svg.cloneNode(true) as SVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.removeAttribute('class');
  copy.removeAttribute('aria-hidden');
  if (!copy.getAttribute('font-family'))
    copy.setAttribute('font-family', 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif');
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  for (const [k, v] of Object.entries({ width: '100%', height: '100%', fill: '#fff' })) background.setAttribute(k, v);
  copy.insertBefore(background, copy.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** The chart as PNG at twice its size: the SVG drawn on a canvas (a data: image, which the CSP allows). */
export async function pngBlob(svg: SVGElement): Promise<Blob> {
  const text = svgText(svg);
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width || 640;
  const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height || 400;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const context = canvas.getContext('2d')!;
  context.scale(2, 2);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG failed'))), 'image/png'),
  );
}

/** Hands a file to the browser's download. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

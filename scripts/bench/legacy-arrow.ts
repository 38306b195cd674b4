// The Explore loader as it was before the column path (kept for the bench's before/after only, never
// shipped): every value through hyparquet's row-oriented arrays, each string re-encoded per row.
// Parquet (hyparquet) -> Arrow table WITHOUT apache-arrow's Builders (vectorFromArray/tableFromArrays
// compile a null-check with `new Function`, which a CSP without 'unsafe-eval' blocks).
// We build the Arrow buffers by hand with makeData. Flat schemas only.
import {
  Table,
  makeData,
  makeVector,
  Utf8,
  Float64,
  Int32,
  Int64,
  Bool,
  DateDay,
  type DataType,
  type Vector,
} from 'apache-arrow';
import { parquetMetadata, parquetRead } from 'hyparquet';
import type { SchemaElement } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

function arrowType(el: SchemaElement): DataType {
  if (el.converted_type === 'DATE' || el.logical_type?.type === 'DATE') return new DateDay();
  switch (el.type) {
    case 'BOOLEAN':
      return new Bool();
    case 'INT32':
      return new Int32();
    case 'INT64':
      return new Int64();
    case 'FLOAT':
    case 'DOUBLE':
      return new Float64();
    case 'BYTE_ARRAY':
      return new Utf8();
    default:
      throw new Error(`unsupported parquet type ${el.type} for ${el.name}`);
  }
}

function toVector(type: DataType, values: ArrayLike<unknown>): Vector {
  const length = values.length;
  const nullBitmap = new Uint8Array((length + 7) >> 3);
  let nullCount = 0;
  for (let i = 0; i < length; i++) {
    if (values[i] == null) nullCount++;
    else nullBitmap[i >> 3]! |= 1 << (i & 7);
  }
  // biome-ignore lint/suspicious/noExplicitAny: makeData's overloads are keyed by an Arrow type known at run time
  const common = { type, length, nullCount, nullBitmap: nullCount ? nullBitmap : undefined } as any;
  if (type instanceof Utf8) {
    const enc = new TextEncoder();
    const parts: Uint8Array[] = new Array(length);
    const valueOffsets = new Int32Array(length + 1);
    let total = 0;
    for (let i = 0; i < length; i++) {
      const v = values[i];
      const b = v == null ? new Uint8Array(0) : v instanceof Uint8Array ? v : enc.encode(String(v));
      parts[i] = b;
      total += b.length;
      valueOffsets[i + 1] = total;
    }
    const data = new Uint8Array(total);
    for (let i = 0; i < length; i++) data.set(parts[i]!, valueOffsets[i]!);
    return makeVector(makeData({ ...common, valueOffsets, data }));
  }
  if (type instanceof Bool) {
    const data = new Uint8Array((length + 7) >> 3);
    for (let i = 0; i < length; i++) if (values[i]) data[i >> 3]! |= 1 << (i & 7);
    return makeVector(makeData({ ...common, data }));
  }
  const Ctor = type instanceof Float64 ? Float64Array : type instanceof Int64 ? BigInt64Array : Int32Array;
  // biome-ignore lint/suspicious/noExplicitAny: one loop fills Float64, BigInt64 and Int32 arrays
  const data = new Ctor(length) as any;
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (v == null) continue;
    // DATE: we ask hyparquet for raw days (parsers.dateFromDays) -> Int32 days = Arrow DateDay.
    // biome-ignore lint/suspicious/noExplicitAny: hyparquet yields number or bigint for INT64
    data[i] = Ctor === BigInt64Array ? BigInt(v as any) : v instanceof Date ? Math.floor(v.getTime() / 864e5) : v;
  }
  return makeVector(makeData({ ...common, data }));
}

/** Decodes a whole Parquet file (already fetched and verified) into an Arrow table. */
export async function legacyParquetToArrow(buf: ArrayBuffer): Promise<Table> {
  const metadata = parquetMetadata(buf);
  const leaves = (metadata.schema as SchemaElement[]).slice(1);
  const cols: Record<string, unknown[]> = {};
  await parquetRead({
    file: buf,
    metadata,
    compressors,
    // hyparquet's default turns DATE into a JS Date (UTC midnight); raw day numbers are what Arrow wants.
    parsers: { dateFromDays: (days: number) => days },
    onChunk: ({ columnName, columnData, rowStart }) => {
      const col = (cols[columnName] ??= []);
      for (let i = 0; i < columnData.length; i++) col[rowStart + i] = columnData[i];
    },
  });
  const vectors: Record<string, Vector> = {};
  for (const el of leaves) vectors[el.name] = toVector(arrowType(el), cols[el.name] ?? []);
  return new Table(vectors);
}

// Parquet (hyparquet) -> Arrow table WITHOUT apache-arrow's Builders (vectorFromArray/tableFromArrays
// compile a null-check with `new Function`, which a CSP without 'unsafe-eval' blocks).
// We build the Arrow buffers by hand with makeData. Flat schemas only.
//
// The column path: hyparquet hands over one column chunk at a time; each lands in a typed array (numbers,
// days, booleans) or in dictionary codes (text), never in an object per row. Text becomes an Arrow
// Dictionary(Utf8, Int32): each distinct string is encoded to UTF-8 once, however many rows repeat it.
import {
  Bool,
  type DataType,
  DateDay,
  Dictionary,
  Float64,
  Int8,
  Int16,
  Int32,
  Int64,
  makeData,
  makeVector,
  Table,
  Utf8,
  type Vector,
} from 'apache-arrow';
import type { FileMetaData, SchemaElement } from 'hyparquet';
import { parquetMetadata, parquetRead } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { type ColumnTarget, columnTarget, readColumnChunk, UnsupportedColumn } from './parquet-columns.ts';

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

/** A vector from plain values (the upload path: rows already in memory as JS values). */
export function toVector(type: DataType, values: ArrayLike<unknown>): Vector {
  const length = values.length;
  const nullBitmap = new Uint8Array((length + 7) >> 3);
  let nullCount = 0;
  for (let i = 0; i < length; i++) {
    if (values[i] == null) nullCount++;
    else nullBitmap[i >> 3]! |= 1 << (i & 7);
  }
  // biome-ignore lint/suspicious/noExplicitAny: makeData's overloads are keyed by the Arrow type, known at run time
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

/** One column being filled chunk by chunk: values in a typed array, a validity bit per row. */
interface ColumnSink {
  add(chunk: ArrayLike<unknown>, rowStart: number): void;
  vector(): Vector;
}

function validity(length: number) {
  const bitmap = new Uint8Array((length + 7) >> 3);
  let valid = 0;
  return {
    set(i: number) {
      bitmap[i >> 3]! |= 1 << (i & 7);
      valid++;
    },
    /** All valid rows at once, for chunks without nulls. */
    setRange(from: number, to: number) {
      for (let i = from; i < to; i++) bitmap[i >> 3]! |= 1 << (i & 7);
      valid += to - from;
    },
    common<T extends DataType>(type: T) {
      const nullCount = length - valid;
      return { type, length, nullCount, nullBitmap: nullCount ? bitmap : undefined };
    },
  };
}

/** Text as dictionary codes: a Map from each distinct string to its code, one Int32 per row. */
function textSink(length: number): ColumnSink {
  const codes = new Int32Array(length);
  const codeOf = new Map<string, number>();
  const distinct: string[] = [];
  const valid = validity(length);
  return {
    add(chunk, rowStart) {
      for (let i = 0; i < chunk.length; i++) {
        const v = chunk[i];
        if (v == null) continue;
        const s = typeof v === 'string' ? v : new TextDecoder().decode(v as Uint8Array);
        let code = codeOf.get(s);
        if (code === undefined) codeOf.set(s, (code = distinct.push(s) - 1));
        codes[rowStart + i] = code;
        valid.set(rowStart + i);
      }
    },
    vector() {
      const encoder = new TextEncoder();
      const bytes = distinct.map((s) => encoder.encode(s));
      const valueOffsets = new Int32Array(bytes.length + 1);
      for (let i = 0; i < bytes.length; i++) valueOffsets[i + 1] = valueOffsets[i]! + bytes[i]!.length;
      const data = new Uint8Array(valueOffsets[bytes.length]!);
      for (let i = 0; i < bytes.length; i++) data.set(bytes[i]!, valueOffsets[i]!);
      const dictionary = makeVector(
        makeData({ type: new Utf8(), length: bytes.length, nullCount: 0, valueOffsets, data }),
      );
      const type = new Dictionary(new Utf8(), new Int32());
      return makeVector(makeData({ ...valid.common(type), data: codes, dictionary }));
    },
  };
}

/** Numbers, days and 64-bit integers straight into their typed array. */
function numberSink(type: DateDay | Int32 | Int64 | Float64, length: number): ColumnSink {
  const data =
    type instanceof Float64
      ? new Float64Array(length)
      : type instanceof Int64
        ? new BigInt64Array(length)
        : new Int32Array(length);
  const valid = validity(length);
  return {
    add(chunk, rowStart) {
      // A chunk without nulls arrives as a typed array of the right kind: copy it in one go.
      if (ArrayBuffer.isView(chunk) && chunk instanceof BigInt64Array === data instanceof BigInt64Array) {
        (data as Float64Array).set(chunk as unknown as Float64Array, rowStart);
        valid.setRange(rowStart, rowStart + chunk.length);
        return;
      }
      for (let i = 0; i < chunk.length; i++) {
        const v = chunk[i];
        if (v == null) continue;
        // biome-ignore lint/suspicious/noExplicitAny: hyparquet yields number or bigint for INT64
        data[rowStart + i] = data instanceof BigInt64Array ? BigInt(v as any) : Number(v);
        valid.set(rowStart + i);
      }
    },
    vector() {
      // biome-ignore lint/suspicious/noExplicitAny: makeData's overloads are keyed by the Arrow type
      return makeVector(makeData({ ...valid.common(type), data } as any));
    },
  };
}

function boolSink(length: number): ColumnSink {
  const data = new Uint8Array((length + 7) >> 3);
  const valid = validity(length);
  return {
    add(chunk, rowStart) {
      for (let i = 0; i < chunk.length; i++) {
        const v = chunk[i];
        if (v == null) continue;
        if (v) data[(rowStart + i) >> 3]! |= 1 << ((rowStart + i) & 7);
        valid.set(rowStart + i);
      }
    },
    vector: () => makeVector(makeData({ ...valid.common(new Bool()), data })),
  };
}

function sinkFor(type: DataType, length: number): ColumnSink {
  if (type instanceof Utf8) return textSink(length);
  if (type instanceof Bool) return boolSink(length);
  return numberSink(type as Float64, length);
}

/** A column the flat reader decoded, as an Arrow vector (text as a dictionary of its distinct strings). */
function targetVector(type: DataType, target: ColumnTarget, length: number): Vector {
  const common = {
    length,
    nullCount: target.nullCount,
    nullBitmap: target.nullCount ? target.validity : undefined,
  };
  if (type instanceof Utf8) {
    const encoder = new TextEncoder();
    const bytes = target.dictionary!.map((s) => encoder.encode(s));
    const valueOffsets = new Int32Array(bytes.length + 1);
    for (let i = 0; i < bytes.length; i++) valueOffsets[i + 1] = valueOffsets[i]! + bytes[i]!.length;
    const data = new Uint8Array(valueOffsets[bytes.length]!);
    for (let i = 0; i < bytes.length; i++) data.set(bytes[i]!, valueOffsets[i]!);
    const dictionary = makeVector(
      makeData({ type: new Utf8(), length: bytes.length, nullCount: 0, valueOffsets, data }),
    );
    // The narrowest index type: a quarter of the bytes to copy into DuckDB for the usual few hundred strings.
    const codes = target.values as Int32Array;
    const n = bytes.length;
    if (n <= 0x7f)
      return makeVector(
        makeData({ ...common, type: new Dictionary(new Utf8(), new Int8()), data: new Int8Array(codes), dictionary }),
      );
    if (n <= 0x7fff)
      return makeVector(
        makeData({ ...common, type: new Dictionary(new Utf8(), new Int16()), data: new Int16Array(codes), dictionary }),
      );
    return makeVector(makeData({ ...common, type: new Dictionary(new Utf8(), new Int32()), data: codes, dictionary }));
  }
  if (type instanceof Bool) {
    const bits = new Uint8Array((length + 7) >> 3);
    const values = target.values as Uint8Array;
    for (let i = 0; i < length; i++) if (values[i]) bits[i >> 3]! |= 1 << (i & 7);
    return makeVector(makeData({ ...common, type, data: bits }));
  }
  // biome-ignore lint/suspicious/noExplicitAny: makeData's overloads are keyed by the Arrow type
  return makeVector(makeData({ ...common, type, data: target.values } as any));
}

/**
 * One column through the flat reader, row groups [first, end) (default: all); undefined if a page needs
 * hyparquet's reader.
 */
export function readFlatColumn(
  buf: ArrayBuffer,
  metadata: FileMetaData,
  name: string,
  first = 0,
  end = metadata.row_groups.length,
): ColumnTarget | undefined {
  const el = (metadata.schema as SchemaElement[]).find((leaf, i) => i > 0 && leaf.name === name);
  if (!el?.type) return undefined;
  const groups = metadata.row_groups.slice(first, end);
  const target = columnTarget(el.type!, rowsIn(groups));
  let rowStart = 0;
  try {
    for (const group of groups) {
      const chunk = group.columns.find((c) => c.meta_data?.path_in_schema.join('.') === el.name)?.meta_data;
      if (!chunk) return undefined;
      const start = Number(chunk.dictionary_page_offset || chunk.data_page_offset);
      const bytes = new Uint8Array(buf, start, Number(chunk.total_compressed_size));
      readColumnChunk(bytes, chunk, el.repetition_type !== 'REQUIRED', target, rowStart, compressors);
      rowStart += Number(group.num_rows);
    }
  } catch (error) {
    if (error instanceof UnsupportedColumn) return undefined;
    throw error;
  }
  return target;
}

const rowsIn = (groups: FileMetaData['row_groups']) => groups.reduce((n, g) => n + Number(g.num_rows), 0);

/** The flat columns of a Parquet file, in file order. */
export function parquetColumns(metadata: FileMetaData): string[] {
  return (metadata.schema as SchemaElement[]).slice(1).map((el) => el.name);
}

/** Row groups [first, end) of the wanted columns (default: all) as one Arrow table. */
export async function parquetGroupsToArrow(
  buf: ArrayBuffer,
  metadata: FileMetaData,
  columns: readonly string[] | undefined,
  first: number,
  end: number,
): Promise<Table> {
  const wanted = columns ?? parquetColumns(metadata);
  const leaves = (metadata.schema as SchemaElement[]).slice(1);
  const groups = metadata.row_groups.slice(first, end);
  const length = rowsIn(groups);
  const rowOffset = rowsIn(metadata.row_groups.slice(0, first));
  const vectors: Record<string, Vector> = {};
  // Columns the flat reader cannot take (an encoding it does not know) go through hyparquet's own reader.
  const others = new Map<string, ColumnSink>();
  for (const name of wanted) {
    const el = leaves.find((leaf) => leaf.name === name);
    if (!el) throw new Error(`no column ${name} in the Parquet file`);
    const type = arrowType(el);
    const flat = readFlatColumn(buf, metadata, name, first, end);
    if (flat) vectors[name] = targetVector(type, flat, length);
    else others.set(name, sinkFor(type, length));
  }
  if (others.size)
    await parquetRead({
      file: buf,
      metadata,
      compressors,
      columns: [...others.keys()],
      rowStart: rowOffset,
      rowEnd: rowOffset + length,
      // hyparquet's default turns DATE into a JS Date (UTC midnight); raw day numbers are what Arrow wants.
      parsers: { dateFromDays: (days: number) => days },
      onChunk: ({ columnName, columnData, rowStart }) => {
        // hyparquet may hand over whole row groups: keep the rows of this range only.
        const from = Math.max(0, rowOffset - rowStart);
        const to = Math.min(columnData.length, rowOffset + length - rowStart);
        if (to > from) others.get(columnName)?.add(columnData.slice(from, to), rowStart + from - rowOffset);
      },
    });
  for (const [name, sink] of others) vectors[name] = sink.vector();
  // The file's column order (or the order asked for), whichever reader took each column.
  return new Table(Object.fromEntries(wanted.map((name) => [name, vectors[name]!])));
}

/**
 * Decodes a Parquet file (already fetched and verified) into an Arrow table, column by column.
 * `columns` picks and orders the columns to decode (default: all of them).
 */
export function parquetToArrow(
  buf: ArrayBuffer,
  columns?: readonly string[],
  metadata: FileMetaData = parquetMetadata(buf),
): Promise<Table> {
  return parquetGroupsToArrow(buf, metadata, columns, 0, metadata.row_groups.length);
}

/**
 * A file's batches: runs [first, end) of whole row groups of at least `rows` rows each (the last may have
 * fewer), at least one (empty) for a file without rows.
 */
export function batchRanges(metadata: FileMetaData, rows = 1 << 18): Array<[first: number, end: number]> {
  const count = metadata.row_groups.length;
  if (!count) return [[0, 0]];
  const ranges: Array<[number, number]> = [];
  for (let first = 0; first < count; ) {
    let end = first;
    let batchRows = 0;
    while (end < count && batchRows < rows) batchRows += Number(metadata.row_groups[end++]!.num_rows);
    ranges.push([first, end]);
    first = end;
  }
  return ranges;
}

/**
 * The same as tables of batchRanges, decoded one at a time: the caller can hand one to DuckDB-wasm's
 * worker while the next is decoded.
 */
export async function* parquetToArrowBatches(
  buf: ArrayBuffer,
  columns?: readonly string[],
  rows = 1 << 18,
  metadata: FileMetaData = parquetMetadata(buf),
): AsyncGenerator<Table> {
  for (const [first, end] of batchRanges(metadata, rows))
    yield await parquetGroupsToArrow(buf, metadata, columns, first, end);
}

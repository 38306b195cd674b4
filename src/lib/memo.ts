/** Longer texts are worked out each time: names and labels are short, and a full cache stays small. */
const LONGEST_REMEMBERED = 256;

/**
 * Remembers the results of a pure function of one string. Files repeat the same province names,
 * periods and units on every row; the build reads millions of rows, so each distinct text is worked
 * out once. Errors are not remembered (they are rare and carry the caller's text). The cache is
 * emptied when it grows past `limit`, so a browser upload with many distinct texts stays bounded.
 * A key is stored as a copy: a cell's text is a slice of its whole file, and keeping the slice
 * would keep every file read in memory. So is a text result.
 */
export function memoize<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (text.length > LONGEST_REMEMBERED) return compute(text);
    let result = cache.get(text);
    if (result === undefined && !cache.has(text)) {
      result = compute(text);
      // A text result may be the key itself, or a slice of it: it is stored as a copy too.
      if (typeof result === 'string') result = detached(result) as T;
      if (cache.size >= limit) cache.clear();
      cache.set(detached(text), result as T);
    }
    return result as T;
  };
}

/** A copy of a text that shares no memory with the string it came from. */
function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

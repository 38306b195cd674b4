/**
 * Remembers the results of a pure function of one string. Files repeat the same province names,
 * periods and units on every row; the build reads millions of rows, so each distinct text is worked
 * out once. Errors are not remembered (they are rare and carry the caller's text). The cache is
 * emptied when it grows past `limit`, so a browser upload with many distinct texts stays bounded.
 * A key is stored as a copy: a cell's text is a slice of its whole file, and keeping the slice
 * would keep every file read in memory.
 */
export function memoize<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let result = cache.get(text);
    if (result === undefined && !cache.has(text)) {
      result = compute(text);
      if (cache.size >= limit) cache.clear();
      cache.set(JSON.parse(JSON.stringify(text)) as string, result);
    }
    return result as T;
  };
}

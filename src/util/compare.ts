const PLAIN = /^[a-z0-9/-]*$/;

/**
 * localeCompare's order without setting up ICU's collator, which takes tens
 * of milliseconds the first time, for the strings plan compares most: equal
 * ones (one file's findings) and ids of lowercase letters, digits, "-" and "/"
 * (rule ids), where code-unit order is the same (test/util/compare.test.ts).
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  if (PLAIN.test(a) && PLAIN.test(b)) return a < b ? -1 : 1;
  return a.localeCompare(b);
}

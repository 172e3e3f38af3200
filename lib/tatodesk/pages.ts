/** One page of a paged answer, as the adapter reads it. */
export type Page<T> = { rows: T[]; total: number };

/**
 * Every row of a paged answer, at most `maxPages` pages. Pages count from 0, as the seed states
 * ("values starting from 0"); how many rows an account puts on a page is not stated, so the size
 * is taken from the first page's answer, never from the limit asked for. The rest are read at once.
 * `complete` says whether every row the answer counted was read.
 */
export async function everyPage<T>(
  read: (page: number) => Promise<Page<T>>,
  maxPages: number,
): Promise<{ rows: T[]; total: number; complete: boolean }> {
  const first = await read(0);
  const size = first.rows.length;
  if (size === 0 || size >= first.total) return { rows: first.rows, total: first.total, complete: true };
  const pages = Math.min(maxPages, Math.ceil(first.total / size));
  const rest = await Promise.all(Array.from({ length: pages - 1 }, (_, i) => read(i + 1)));
  const rows = [first, ...rest].flatMap((page) => page.rows);
  return { rows, total: first.total, complete: rows.length >= first.total };
}

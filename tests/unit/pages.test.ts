import { describe, expect, it } from 'vitest';
import { everyPage } from '@/lib/tatodesk/pages';

/** An account that pages `rows` at `size` whatever the limit asked for, counting the pages read. */
function account(rows: number, size: number) {
  const asked: number[] = [];
  const all = Array.from({ length: rows }, (_, i) => i);
  const read = async (page: number) => {
    asked.push(page);
    return { rows: all.slice(page * size, (page + 1) * size), total: rows };
  };
  return { read, asked };
}

describe('every page of a paged answer', () => {
  it('follows the size the account answers, from page 0, and reads each page once', async () => {
    const { read, asked } = account(23, 7);
    const result = await everyPage(read, 10);
    expect(result).toEqual({ rows: Array.from({ length: 23 }, (_, i) => i), total: 23, complete: true });
    expect(asked.sort()).toEqual([0, 1, 2, 3]);
  });

  it('stops at the most pages it may read, and says the rows are not all there', async () => {
    const { read, asked } = account(100, 5);
    const result = await everyPage(read, 3);
    expect(result.rows).toHaveLength(15);
    expect(result.complete).toBe(false);
    expect(asked).toHaveLength(3);
  });

  it('reads one page when it holds everything, or nothing is there', async () => {
    expect((await everyPage(account(4, 1000).read, 10)).rows).toEqual([0, 1, 2, 3]);
    const empty = account(0, 7);
    expect(await everyPage(empty.read, 10)).toEqual({ rows: [], total: 0, complete: true });
    expect(empty.asked).toEqual([0]);
  });
});

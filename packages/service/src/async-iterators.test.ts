import { describe, expect, it } from 'vitest';
import { transformIterator, type Step } from './async-iterators';
import { createEventQueue } from './event-queue';

/** A live source: values pushed in, and whether it was closed. */
function source() {
  const state = { closed: 0 };
  const queue = createEventQueue<number>(() => state.closed++);
  return { ...queue, state };
}

const collect = async <T>(iterator: AsyncIterable<T>) => {
  const values: T[] = [];
  for await (const value of iterator) values.push(value);
  return values;
};

describe('transformIterator', () => {
  it('emits, skips, and ends with a last value, closing the source', async () => {
    const s = source();
    const step = (n: number): Step<string> =>
      n % 2 === 0
        ? { skip: true }
        : n >= 5
          ? { end: true, last: `last ${n}` }
          : { emit: `odd ${n}` };
    for (let n = 1; n <= 7; n++) s.push(n);
    expect(await collect(transformIterator(s.iterator, step))).toEqual([
      'odd 1',
      'odd 3',
      'last 5',
    ]);
    expect(s.state.closed).toBe(1);
  });

  it('ends without a value on { end: true } and when the source ends', async () => {
    const s = source();
    s.push(1);
    expect(await collect(transformIterator(s.iterator, () => ({ end: true })))).toEqual([]);
    const t = source();
    t.push(1);
    t.close();
    expect(await collect(transformIterator(t.iterator, (n) => ({ emit: n * 10 })))).toEqual([10]);
  });

  it('return() frees the source at once, even while a next() waits for it', async () => {
    const s = source();
    const iterator = transformIterator(s.iterator, async (n) => ({ emit: n }));
    const pending = iterator.next(); // the source has nothing yet
    await expect(iterator.return!()).resolves.toEqual({ value: undefined, done: true });
    expect(s.state.closed).toBe(1);
    await expect(pending).resolves.toEqual({ value: undefined, done: true });
    s.push(1);
    await expect(iterator.next()).resolves.toEqual({ value: undefined, done: true });
  });

  it('throw() closes the source and rethrows', async () => {
    const s = source();
    const iterator = transformIterator(s.iterator, (n) => ({ emit: n }));
    await expect(iterator.throw!(new Error('client went away'))).rejects.toThrow(
      'client went away',
    );
    expect(s.state.closed).toBe(1);
  });

  it('a failing step rejects next()', async () => {
    const s = source();
    s.push(1);
    const iterator = transformIterator(s.iterator, async (): Promise<Step<number>> => {
      throw new Error('step failed');
    });
    await expect(iterator.next()).rejects.toThrow('step failed');
  });
});

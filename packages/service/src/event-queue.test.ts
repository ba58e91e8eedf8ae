import { describe, expect, it } from 'vitest';
import { createEventQueue } from './event-queue';

describe('createEventQueue', () => {
  it('hands out pushed events in order, whether pushed before or while reading', async () => {
    const queue = createEventQueue<number>(() => {});
    queue.push(1);
    queue.push(2);
    expect(await queue.iterator.next()).toEqual({ value: 1, done: false });
    expect(await queue.iterator.next()).toEqual({ value: 2, done: false });
    const waiting = queue.iterator.next();
    queue.push(3);
    expect(await waiting).toEqual({ value: 3, done: false });
  });

  it('ending a for-await loop runs onClose once, and later pushes are dropped', async () => {
    let closes = 0;
    const queue = createEventQueue<string>(() => closes++);
    queue.push('a');
    for await (const value of queue.iterator) {
      expect(value).toBe('a');
      break;
    }
    expect(closes).toBe(1);
    queue.push('late');
    queue.close();
    await queue.iterator.return!();
    expect(closes).toBe(1);
    expect(await queue.iterator.next()).toEqual({ value: undefined, done: true });
  });

  it('close ends a reader that is waiting', async () => {
    let closes = 0;
    const queue = createEventQueue<string>(() => closes++);
    const waiting = queue.iterator.next();
    queue.close();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(closes).toBe(1);
  });

  it('keeps only the newest `limit` events for a slow reader', async () => {
    const queue = createEventQueue<number>(() => {}, 3);
    for (let n = 1; n <= 5; n++) queue.push(n);
    queue.close();
    const values: number[] = [];
    for await (const value of queue.iterator) values.push(value);
    expect(values).toEqual([3, 4, 5]);
  });
});

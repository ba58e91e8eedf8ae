/**
 * A push-to-pull bridge: events pushed in are read with `for await`. Ending the loop (or calling
 * `return`) runs `onClose` once, so a subscriber that goes away leaves nothing behind. A slow
 * reader loses the oldest events beyond `limit` rather than holding memory without bound.
 */
export function createEventQueue<T>(onClose: () => void, limit = 1_000) {
  const buffered: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | undefined;
  let closed = false;

  const close = () => {
    if (closed) return;
    closed = true;
    onClose();
    waiting?.({ value: undefined, done: true });
    waiting = undefined;
  };

  const iterator: AsyncIterableIterator<T> = {
    next() {
      if (buffered.length > 0) return Promise.resolve({ value: buffered.shift()!, done: false });
      if (closed) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return() {
      close();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };

  return {
    push(value: T) {
      if (closed) return;
      if (waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve({ value, done: false });
        return;
      }
      buffered.push(value);
      if (buffered.length > limit) buffered.shift();
    },
    close,
    iterator,
  };
}

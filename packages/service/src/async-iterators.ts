/** What a transform makes of one source value: pass something on, skip it, or end the stream. */
export type Step<U> = { emit: U } | { skip: true } | { end: true; last?: U };

/**
 * Maps an async iterator value by value. Unlike an async generator, `return()` takes effect at
 * once even while a `next()` is waiting for the source, so a subscriber that leaves frees the
 * source immediately instead of after its next event (which may never come).
 */
export function transformIterator<T, U>(
  source: AsyncIterator<T>,
  step: (value: T) => Promise<Step<U>> | Step<U>,
): AsyncIterableIterator<U> {
  let done = false;
  const finish = async (): Promise<IteratorResult<U>> => {
    if (!done) {
      done = true;
      await source.return?.();
    }
    return { value: undefined, done: true };
  };
  const iterator: AsyncIterableIterator<U> = {
    async next() {
      while (!done) {
        const result = await source.next();
        if (result.done || done) return finish();
        const outcome = await step(result.value);
        if ('emit' in outcome) return { value: outcome.emit, done: false };
        if ('end' in outcome) {
          await finish();
          return outcome.last === undefined
            ? { value: undefined, done: true }
            : { value: outcome.last, done: false };
        }
      }
      return { value: undefined, done: true };
    },
    return: finish,
    async throw(error) {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

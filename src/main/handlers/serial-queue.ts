/**
 * Runs async read-modify-write operations one at a time. Two seq:next calls in flight must not both
 * read mark N and both hand out N+1; the single-instance lock rules out a second process.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

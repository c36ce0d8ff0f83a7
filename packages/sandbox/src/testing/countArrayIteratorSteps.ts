// Counts the array-iterator steps (spreads, for...of, Array.from, Object.fromEntries over arrays)
// a synchronous call takes: a measure of work that, unlike wall time, is the same on a busy machine.
interface IteratorPrototype {
  next(this: Iterator<unknown>, ...args: unknown[]): IteratorResult<unknown>;
}

export function countArrayIteratorSteps(run: () => void): number {
  const prototype = Object.getPrototypeOf([][Symbol.iterator]()) as IteratorPrototype;
  const original = prototype.next;
  let steps = 0;
  // Replacing next turns off V8's fast path for array spreads, so every step goes through here.
  prototype.next = function (this: Iterator<unknown>, ...args: unknown[]) {
    steps += 1;
    return original.apply(this, args);
  };
  try {
    run();
  } finally {
    prototype.next = original;
  }
  return steps;
}

/**
 * Newest-first listings are read down to a high-water mark: the newest item of the last finished
 * walk. A mark is a time and an id; items at the same time are told apart by their id.
 */
export function highWaterMarks<Mark>(timeOf: (mark: Mark) => number | string, idOf: (mark: Mark) => string) {
  return {
    /** The newer of two marks (either may be missing). */
    newer(a: Mark | undefined, b: Mark | undefined): Mark | undefined {
      if (!a) return b;
      if (!b) return a;
      return timeOf(b) > timeOf(a) ? b : a;
    },
    /** At or above the mark: not older than it, and not the mark itself. */
    aboveMark(item: Mark, mark: Mark | undefined): boolean {
      return !mark || (idOf(item) !== idOf(mark) && timeOf(item) >= timeOf(mark));
    },
  };
}

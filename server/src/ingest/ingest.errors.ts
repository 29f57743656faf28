/** Another poller moved this cursor since the run read it: stop, and let the next run start from the new one. */
export class CursorMoved extends Error {
  constructor(sourceId: string, queryId: string) {
    super(`the cursor of source ${sourceId} / query ${queryId} was moved by another run`);
    this.name = 'CursorMoved';
  }
}

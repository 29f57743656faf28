import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/**
 * What every platform fake can be told to do wrong, counted down one request at a time, so a test
 * can say "the next two calls are rate limited" and then watch the client recover.
 */
export type Faults = {
  /** answer this many requests with 429 before behaving */
  rateLimited?: number;
  /** seconds from now that the platform says its rate limit resets */
  resetInSeconds?: number;
  /** answer this many requests with a 5xx before behaving */
  failures?: number;
  /** wait this long before every answer */
  delayMs?: number;
};

/** Uses up one request of a counted fault (any of a fake's countdowns); true while the fault lasts. */
export function spend<K extends string>(faults: { [key in K]?: number }, fault: K): boolean {
  const left = faults[fault] ?? 0;
  if (left <= 0) return false;
  faults[fault] = left - 1;
  return true;
}

/** Answers now, or after `delayMs` when the fake has been told to be slow. */
export function answerAfterDelay(faults: Faults, answer: () => void): void {
  if (faults.delayMs) setTimeout(answer, faults.delayMs);
  else answer();
}

/** The whole request body as text (the fakes' bodies are small JSON or form posts). */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise<string>((resolve) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => resolve(raw));
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
    ...headers,
  });
  res.end(json);
}

export type ListeningFake = { url: string; port: number; close(): Promise<void> };

/**
 * Serves `handle` on 127.0.0.1 (port 0 picks a free one) and gives back where, with `api`: what the
 * fake lets a test see and change, its getters kept live (postCount reads the count of now, not of
 * start). close() drops kept-alive connections too, so a test's afterAll never waits on a client's
 * idle socket.
 */
export async function listen<Fake extends ListeningFake = ListeningFake>(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  port = 0,
  api?: Omit<Fake, keyof ListeningFake>,
): Promise<Fake> {
  const server: Server = createServer((req, res) => void handle(req, res));
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actualPort = (server.address() as { port: number }).port;
  const listening: ListeningFake = {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  // The listening part and the api make the whole fake: url, port and close are the ones left out of the api.
  return Object.defineProperties(listening, Object.getOwnPropertyDescriptors(api ?? {})) as Fake;
}

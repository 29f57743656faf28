import { createServer, type Server } from 'node:net';

function listenOnAnyPort(): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/**
 * `count` different TCP ports free on loopback right now (for embedded databases and local fakes in
 * benches and tests). All are held open until every one is chosen: asked one after another, the
 * system may hand out a port it has just released again, and a server and its database then race
 * for the same port.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    for (let i = 0; i < count; i++) servers.push(await listenOnAnyPort());
    return servers.map((server) => (server.address() as { port: number }).port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

/** A TCP port free on loopback right now. */
export async function freePort(): Promise<number> {
  const [port] = await freePorts(1);
  return port!;
}

/** Two different free ports: a server's and its database's. */
export async function twoFreePorts(): Promise<[number, number]> {
  const [a, b] = await freePorts(2);
  return [a!, b!];
}

export default async function globalTeardown() {
  const pg = globalThis.__TEST_PG__;
  if (pg) await pg.stop();
}

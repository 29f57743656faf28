import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * The boundaries in eslint.config.mjs, checked by ESLint's Node API with the project's config on
 * source text linted in place of an existing file (so the typed rules still find it in a
 * tsconfig); nothing is written to the tree. In a child process, because Jest cannot load the ESM
 * config.
 */
const root = path.resolve(__dirname, '../../..');
const lintScript = `
import { ESLint } from 'eslint';
const [filePath, code] = process.argv.slice(1);
const [result] = await new ESLint({ cwd: process.cwd() }).lintText(code, { filePath });
process.stdout.write(JSON.stringify(result.messages));
`;

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', lintScript, path.join(root, filePath), code],
    // CI=true makes typescript-eslint parse from a program built from the files on disk ("single
    // run"), which would lint the real file instead of the text given here.
    { cwd: root, env: { ...process.env, TSESTREE_SINGLE_RUN: 'false' } },
  );
  const messages = JSON.parse(stdout) as { ruleId: string | null; message: string }[];
  return messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('module boundaries (npm run lint)', () => {
  jest.setTimeout(120_000);

  it("refuses a server feature importing another feature's repository", async () => {
    const messages = await restrictedImports(
      'server/src/mentions/mentions.service.ts',
      "import { UsersRepository } from '../users/users.repository.js';\nexport const probe = UsersRepository;\n",
    );
    expect(messages).toEqual(expect.arrayContaining([expect.stringContaining("Another feature's repository")]));
  });

  it("refuses a feature's internals, and the app importing a fake", async () => {
    expect(
      await restrictedImports(
        'server/src/auth/auth.service.ts',
        "import { hashPassword } from '../users/password.js';\nexport const probe = hashPassword;\n",
      ),
    ).toEqual([expect.stringContaining('public surface')]);
    expect(
      await restrictedImports(
        'server/src/ingest/ingest.service.ts',
        "import { startFakeX } from '../../tools/fakes/x/fake-x.server.js';\nexport const probe = startFakeX;\n",
      ),
    ).toEqual([expect.stringContaining('benches, fakes or tests')]);
  });

  it("lets a feature use another's service, and common/", async () => {
    const messages = await restrictedImports(
      'server/src/mentions/mentions.service.ts',
      "import { UsersService } from '../users/users.service.js';\nimport { Roles } from '../common/roles.decorator.js';\nexport const probe = [UsersService, Roles];\n",
    );
    expect(messages).toEqual([]);
  });

  it('refuses a web feature importing another feature or a route', async () => {
    expect(
      await restrictedImports(
        'web/src/features/mentions/components/bulk-bar.tsx',
        "import { useMe } from '../../auth/api/get-me';\nexport const probe = useMe;\n",
      ),
    ).toEqual([expect.stringContaining('Features do not import each other')]);
    expect(
      await restrictedImports(
        'web/src/features/trends/components/chart-card.tsx',
        "import { AdminSourcesRoute } from '../../../app/routes/admin-sources';\nexport const probe = AdminSourcesRoute;\n",
      ),
    ).toEqual([expect.stringContaining('routes in app/')]);
  });
});

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(__dirname, '../../..');
const script = path.join(root, 'scripts', 'check-import-cycles.mjs');

async function check(...roots: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [script, ...roots], { cwd: root });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, out: e.stderr };
  }
}

describe('no import cycles (npm run check)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cycles-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('passes on the shared, server and web sources', async () => {
    expect(await check()).toMatchObject({ code: 0 });
  });

  it('fails on two modules that import each other at run time, naming both', async () => {
    writeFileSync(path.join(dir, 'a.service.ts'), "import { b } from './b.service.js';\nexport const a = () => b;\n");
    writeFileSync(
      path.join(dir, 'b.service.ts'),
      "import {\n  a,\n} from './a.service.js';\nexport const b = () => a;\n",
    );
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.out).toContain('a.service.ts');
    expect(result.out).toContain('b.service.ts');
  });

  it('leaves out imports TypeScript erases: import type, and names that are all types', async () => {
    writeFileSync(path.join(dir, 'a.ts'), "import type { B } from './b.js';\nexport type A = { b?: B };\n");
    writeFileSync(path.join(dir, 'b.ts'), "import { type A } from './a.js';\nexport type B = { a?: A };\n");
    expect(await check(dir)).toMatchObject({ code: 0 });
  });
});

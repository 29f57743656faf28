import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../support/server-process';

describe('the runtime', () => {
  it('is Node 24 LTS, brought by the project itself (npm run puts node_modules/.bin first)', () => {
    expect(process.versions.node).toMatch(/^24\./);
  });

  it('declares Node 24 in engines, and the server is started with the same Node', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      engines: { node: string };
      dependencies: Record<string, string>;
    };
    expect(pkg.engines.node).toMatch(/24/);
    expect(pkg.dependencies.node).toMatch(/^24\./);
  });
});

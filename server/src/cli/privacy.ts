import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { PlatformDeletionsService } from '../privacy/platform-deletions.service.js';
import { PrivacyModule } from '../privacy/privacy.module.js';
import { PrivacyService } from '../privacy/privacy.service.js';
import { runCli } from './cli-app.js';

const USAGE = [
  'usage: npm run privacy -- erase --platform P (--author-id ID | --handle H)',
  '       npm run privacy -- erase --mention ID',
  '       npm run privacy -- export --platform P (--author-id ID | --handle H)',
  '       npm run privacy -- deletions --once [--source P]',
].join('\n');

/** The operator at the terminal: audit rows name the CLI, since there is no signed-in user. */
const OPERATOR = { id: null, email: 'cli:npm run privacy' } as const;

type Args = {
  command: string | undefined;
  platform?: string;
  'author-id'?: string;
  handle?: string;
  mention?: string;
  once?: boolean;
  source?: string;
};

function parse(): Args | undefined {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        platform: { type: 'string' },
        'author-id': { type: 'string' },
        handle: { type: 'string' },
        mention: { type: 'string' },
        once: { type: 'boolean' },
        source: { type: 'string' },
      },
    });
    return { command: positionals[0], ...values };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return undefined;
  }
}

const args = parse();
const author = args?.platform && (args['author-id'] || args.handle);
const valid =
  args &&
  ((args.command === 'erase' && (author || /^[1-9]\d*$/.test(args.mention ?? ''))) ||
    (args.command === 'export' && author) ||
    (args.command === 'deletions' && args.once));
if (!args || !valid) {
  if (args) console.error(USAGE);
  process.exit(2);
}

/**
 * Erasure, subject-access export and the platform deletion check from the terminal (issue 18). Stop
 * the server first when it uses the embedded database. Exit 0 on success, 1 on failure, 2 on bad usage.
 */
void runCli(
  async (app) => {
    const privacy = app.get(PrivacyService);
    const ref = { platform: args.platform ?? '', authorId: args['author-id'], handle: args.handle };
    if (args.command === 'erase') {
      const report = args.mention
        ? await privacy.eraseMention(OPERATOR, args.mention)
        : await privacy.eraseAuthor(OPERATOR, ref);
      console.log(JSON.stringify(report, null, 2));
      if (report.heldEscalationIds.length > 0)
        console.error(
          `Kept under a legal hold: case ${report.heldEscalationIds.join(', ')}; release the hold and erase again`,
        );
      return 0;
    }
    if (args.command === 'export') {
      console.log(JSON.stringify(await privacy.exportAuthor(OPERATOR, ref), null, 2));
      return 0;
    }
    const results = await app.get(PlatformDeletionsService).runAll(args.source);
    if (results.length === 0) console.log('No configured platform offers a deletion check');
    for (const r of results)
      console.log(
        `${r.platform}: ${r.status} checked=${r.checked} removed=${r.removed} keptHeld=${r.keptHeld}${r.error ? ` (${r.error})` : ''}`,
      );
    return results.every((r) => r.status === 'ok') ? 0 : 1;
  },
  {
    features: [PrivacyModule],
    configure: (config) => ({
      ...config,
      ingest: { ...config.ingest, scheduler: false },
      retention: { ...config.retention, job: false, deletionCheck: false },
    }),
  },
);

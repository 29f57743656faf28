import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { RETENTION_CLASSES } from '../config/retention-schedule.js';
import { PrivacyModule } from '../privacy/privacy.module.js';
import { RetentionService } from '../privacy/retention.service.js';
import { runCli } from './cli-app.js';

const USAGE = 'usage: npm run retention -- [--dry-run]';

/**
 * `npm run retention -- --dry-run` prints what the schedule would delete now, per class; without
 * --dry-run it runs a pass now (one audit row with the counts). Stop the server first when it uses
 * the embedded database. Exit 0 on success, 1 when the pass failed or another is running, 2 on bad usage.
 */
let dryRun = false;
try {
  dryRun = parseArgs({ options: { 'dry-run': { type: 'boolean' } } }).values['dry-run'] === true;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}

void runCli(
  async (app) => {
    const retention = app.get(RetentionService);
    const result = await retention.run({ dryRun });
    if ('skipped' in result) {
      console.error('Another retention pass is running (on another replica?); nothing done');
      return 1;
    }
    const labels = Object.fromEntries(RETENTION_CLASSES.map((c) => [c.key, c.label]));
    const extra: Record<string, string> = { signInThrottle: 'Sign-in throttle windows that ended' };
    console.log(dryRun ? 'Would delete now (nothing deleted):' : 'Deleted:');
    for (const [key, n] of Object.entries(result.counts)) {
      const note = key === 'auditLog' ? ' (oldest first, behind a signed anchor; held cases kept)' : '';
      console.log(`  ${String(n).padStart(8)}  ${labels[key] ?? extra[key] ?? key}${note}`);
    }
    return 0;
  },
  {
    features: [PrivacyModule],
    configure: (config) => ({ ...config, retention: { ...config.retention, job: false, deletionCheck: false } }),
  },
);

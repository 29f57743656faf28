import 'reflect-metadata';
import { AuditRepository } from '../audit/audit.repository.js';
import { verifyChain } from '../audit/verify-chain.js';
import { runCli } from './cli-app.js';

/** `npm run audit:verify`: exits 0 when every row's hash checks out, 1 naming the first row that does not. */
void runCli(async (app) => {
  const verdict = await verifyChain(app.get(AuditRepository).inOrder());
  if (verdict.ok) {
    console.log(`Audit chain intact: ${verdict.rows} rows verified`);
    return 0;
  }
  console.error(`Audit chain broken at row ${verdict.firstBadId}: ${verdict.problem}`);
  return 1;
});

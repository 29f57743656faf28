import type { AuditVerification } from '@ou-listening/shared';
import { useMutation } from '../../../lib/use-mutation';
import { apiFetch } from '../../../lib/api-client';

/** POST /api/audit/verify: the check `npm run audit:verify` makes, run by the server. */
export const verifyAudit = () => apiFetch<AuditVerification>('/audit/verify', { method: 'POST' });

export const useVerifyAudit = () => useMutation({ mutationFn: verifyAudit });

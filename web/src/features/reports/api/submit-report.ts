import type { ReportReceipt, ReportRefusal } from '@ou-listening/shared';
import { useMutation } from '../../../lib/use-mutation';

/** A refusal from the server: which field, and what to change. */
export class ReportRejected extends Error {
  constructor(
    readonly status: number,
    readonly field: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'ReportRejected';
  }
}

/**
 * POST /api/reports as multipart/form-data (the browser sets the boundary): the one endpoint the
 * dashboard does not call with JSON, because screenshots travel with the text.
 */
export async function submitReport(form: FormData): Promise<ReportReceipt> {
  let response: Response;
  try {
    response = await fetch('/api/reports', { method: 'POST', body: form, credentials: 'omit' });
  } catch {
    throw new ReportRejected(0, null, 'The report could not be sent: check your connection and try again.');
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const refusal = (body ?? {}) as Partial<ReportRefusal>;
    const message = Array.isArray(refusal.message) ? refusal.message.join(' ') : refusal.message;
    throw new ReportRejected(
      response.status,
      typeof refusal.field === 'string' ? refusal.field : null,
      message ?? `The report was not accepted (status ${response.status}). Try again in a moment.`,
    );
  }
  return body as ReportReceipt;
}

export const useSubmitReport = () => useMutation({ mutationFn: submitReport });

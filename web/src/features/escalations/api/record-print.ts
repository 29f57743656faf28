import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { sendJson } from '../../../lib/api-client';
import { escalationKeys } from './escalation-keys';

export const recordPrint = (id: string) => sendJson<void>('POST', `/escalations/${encodeURIComponent(id)}/printed`, {});

/**
 * Tells the server, once per opening, that the printable copy of a case was opened: a printed copy
 * leaves a trace in the audit log and the case's timeline, as a JSON export does.
 */
export function useRecordPrint(id: string, enabled: boolean) {
  const queryClient = useQueryClient();
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (!enabled || sent.current === id) return;
    sent.current = id;
    void recordPrint(id)
      .then(() => queryClient.invalidateQueries({ queryKey: escalationKeys.timeline(id) }))
      .catch(() => undefined); // the page prints either way; the server logs what it could not record
  }, [enabled, id, queryClient]);
}

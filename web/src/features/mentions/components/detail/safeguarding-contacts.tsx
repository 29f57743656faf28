import type { SafeguardingContact } from '@ou-listening/shared';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorAlert } from '../../../../components/ui/error-alert';

type Props = { query: UseQueryResult<SafeguardingContact[]> };

/** Each contact with a number to tap and an address to write to. */
export function SafeguardingContacts({ query }: Props) {
  if (query.isPending) return <p className="loading">Loading the contacts…</p>;
  if (query.isError)
    return (
      <ErrorAlert>Could not load the contacts: {query.error.message}. Call 999 if anyone is in danger.</ErrorAlert>
    );
  if (query.data.length === 0)
    return (
      <p className="muted">
        No University safeguarding contacts are set up here yet (an administrator adds them). Call 999 if anyone is in
        danger, and escalate as urgent.
      </p>
    );
  return (
    <ul className="safeguarding__contacts">
      {query.data.map((c) => (
        <li key={`${c.name}-${c.phone}`}>
          <strong>{c.name}</strong> · <a href={`tel:${c.phone.replace(/[^+0-9]/g, '')}`}>{c.phone}</a> ·{' '}
          <a href={`mailto:${c.email}`}>{c.email}</a>
        </li>
      ))}
    </ul>
  );
}

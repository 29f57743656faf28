import type { BulkRequest } from '@ou-listening/shared';
import { useBulkUpdate } from '../../api/bulk-update';
import type { BulkDone } from '../../hooks/use-bulk-undo';
import { dangerFor } from './danger-confirm';
import { MarkForm } from './mark-form';
import { HIDE_REASON_MAX, ReasonForm } from './reason-form';

type Props = {
  ids: string[];
  /** each ticked mention's version when it was ticked */
  versions: Record<string, number>;
  /** what the pinned among the ticked mentions are pinned for (pinnedFor), so a reason and a tick are asked for; '' for none */
  pinned: string;
  /** it went through: what was asked and answered, for an undo */
  onDone: (done: BulkDone) => void;
  /** the server refused: these changed since they were ticked */
  onStale: (ids: string[]) => void;
  onClose: () => void;
};

/** One bulk request less the mentions it applies to (each kind of action keeps its own fields). */
type WithoutIds<T> = T extends unknown ? Omit<T, 'ids' | 'versions'> : never;
type BulkAction = WithoutIds<BulkRequest>;

const mentionsCount = (n: number) => `${n} mention${n === 1 ? '' : 's'}`;

/**
 * What every bulk form is told ("Hide 3 mentions", "Hiding them"), and `send`, which applies one
 * action to the ticked mentions and closes the dialog once it is done.
 */
function useBulkForm({ ids, versions, pinned, onDone, onStale, onClose }: Props, verb: string, doing: string) {
  const bulk = useBulkUpdate(onStale);
  const label = `${verb} ${mentionsCount(ids.length)}`;
  const form = {
    title: label,
    submitLabel: label,
    danger: dangerFor(pinned, ids.length, doing),
    isPending: bulk.isPending,
    failure: { error: bulk.error, conflict: null },
    onClose,
  };
  const send = (action: BulkAction) => {
    const request = { ids, versions, ...action };
    bulk.mutate(request, { onSuccess: (result) => onDone({ request, result }) });
  };
  return { form, send };
}

export function BulkHideDialog(props: Props) {
  const { form, send } = useBulkForm(props, 'Hide', 'Hiding them');
  return (
    <ReasonForm {...form} maxLength={HIDE_REASON_MAX} onSubmit={({ reason }) => send({ action: 'hide', reason })} />
  );
}

export function BulkMarkDialog(props: Props) {
  const { form, send } = useBulkForm(props, 'Mark', 'Marking them');
  return <MarkForm {...form} onSubmit={({ mark, note }) => send({ action: 'mark', mark, note })} />;
}

import { useBulkUpdate } from '../../api/bulk-update';
import { MarkForm } from './mark-form';
import { ReasonForm } from './reason-form';

/** danger: some of the ticked mentions are pinned for safeguarding, so a reason and a tick are asked for */
type Props = { ids: string[]; danger: boolean; onDone: () => void; onClose: () => void };

const mentionsCount = (n: number) => `${n} mention${n === 1 ? '' : 's'}`;

export function BulkHideDialog({ ids, danger, onDone, onClose }: Props) {
  const bulk = useBulkUpdate();
  return (
    <ReasonForm
      title={`Hide ${mentionsCount(ids.length)}`}
      submitLabel={`Hide ${mentionsCount(ids.length)}`}
      danger={danger ? 'Hiding them' : undefined}
      isPending={bulk.isPending}
      failure={{ error: bulk.error, conflict: null }}
      onSubmit={({ reason }) => bulk.mutate({ ids, action: 'hide', reason }, { onSuccess: onDone })}
      onClose={onClose}
    />
  );
}

export function BulkMarkDialog({ ids, danger, onDone, onClose }: Props) {
  const bulk = useBulkUpdate();
  return (
    <MarkForm
      title={`Mark ${mentionsCount(ids.length)}`}
      submitLabel={`Mark ${mentionsCount(ids.length)}`}
      danger={danger ? 'Marking them' : undefined}
      isPending={bulk.isPending}
      failure={{ error: bulk.error, conflict: null }}
      onSubmit={({ mark, note }) => bulk.mutate({ ids, action: 'mark', mark, note }, { onSuccess: onDone })}
      onClose={onClose}
    />
  );
}

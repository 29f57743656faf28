import { useBulkUpdate } from '../../api/bulk-update';
import { MarkForm } from './mark-form';
import { ReasonForm } from './reason-form';

type Props = { ids: string[]; onDone: () => void; onClose: () => void };

const mentionsCount = (n: number) => `${n} mention${n === 1 ? '' : 's'}`;

export function BulkHideDialog({ ids, onDone, onClose }: Props) {
  const bulk = useBulkUpdate();
  return (
    <ReasonForm
      title={`Hide ${mentionsCount(ids.length)}`}
      submitLabel={`Hide ${mentionsCount(ids.length)}`}
      isPending={bulk.isPending}
      failure={{ error: bulk.error, conflict: null }}
      onSubmit={({ reason }) => bulk.mutate({ ids, action: 'hide', reason }, { onSuccess: onDone })}
      onClose={onClose}
    />
  );
}

export function BulkMarkDialog({ ids, onDone, onClose }: Props) {
  const bulk = useBulkUpdate();
  return (
    <MarkForm
      title={`Mark ${mentionsCount(ids.length)}`}
      submitLabel={`Mark ${mentionsCount(ids.length)}`}
      isPending={bulk.isPending}
      failure={{ error: bulk.error, conflict: null }}
      onSubmit={({ mark, note }) => bulk.mutate({ ids, action: 'mark', mark, note }, { onSuccess: onDone })}
      onClose={onClose}
    />
  );
}

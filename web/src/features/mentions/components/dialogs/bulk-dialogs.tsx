import { useBulkUpdate } from '../../api/bulk-update';
import { MarkForm } from './mark-form';
import { ReasonForm } from './reason-form';

/** danger: some of the ticked mentions are pinned for safeguarding, so a reason and a tick are asked for */
type Props = { ids: string[]; danger: boolean; onDone: () => void; onClose: () => void };

const mentionsCount = (n: number) => `${n} mention${n === 1 ? '' : 's'}`;

/** The bulk update and what its form is told, alike for every action: "Hide 3 mentions", "Hiding them". */
function useBulkForm({ ids, danger }: Props, verb: string, doing: string) {
  const bulk = useBulkUpdate();
  const label = `${verb} ${mentionsCount(ids.length)}`;
  const form = {
    title: label,
    submitLabel: label,
    danger: danger ? doing : undefined,
    isPending: bulk.isPending,
    failure: { error: bulk.error, conflict: null },
  };
  return { bulk, form };
}

export function BulkHideDialog(props: Props) {
  const { ids, onDone, onClose } = props;
  const { bulk, form } = useBulkForm(props, 'Hide', 'Hiding them');
  return (
    <ReasonForm
      {...form}
      onSubmit={({ reason }) => bulk.mutate({ ids, action: 'hide', reason }, { onSuccess: onDone })}
      onClose={onClose}
    />
  );
}

export function BulkMarkDialog(props: Props) {
  const { ids, onDone, onClose } = props;
  const { bulk, form } = useBulkForm(props, 'Mark', 'Marking them');
  return (
    <MarkForm
      {...form}
      onSubmit={({ mark, note }) => bulk.mutate({ ids, action: 'mark', mark, note }, { onSuccess: onDone })}
      onClose={onClose}
    />
  );
}

import {
  CATEGORY_CODES,
  CATEGORY_INFO,
  type CategoryCode,
  MARK_KINDS,
  type MarkKind,
  type MentionListItem,
  SEVERITIES,
  type Severity,
} from '@ou-listening/shared';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useBulkUpdate } from '../api/bulk-update';
import { useEscalateMention } from '../api/escalate-mention';
import { useMention } from '../api/get-mention';
import { useHideMention } from '../api/hide-mention';
import { useMarkMention } from '../api/mark-mention';
import { conflictOf } from '../api/mention-mutation';
import { ConflictNotice } from './conflict-notice';
import { Dialog } from './dialog';
import { authorOf, MARK_LABELS, SEVERITY_LABELS, urgentCategoriesOf } from './format';

type FailureProps = { error: Error | null; conflict: MentionListItem | null };

/** Why an action did not happen; the mention is left as it was. */
function Failure({ error, conflict }: FailureProps) {
  if (conflict) return <ConflictNotice current={conflict} />;
  if (!error) return null;
  return (
    <p className="alert alert--error" role="alert">
      Nothing was changed: {error.message}
    </p>
  );
}

type ReasonFormProps = {
  title: string;
  submitLabel: string;
  withSeverity?: Severity;
  isPending: boolean;
  failure: FailureProps;
  /** more fields, after the reason */
  children?: ReactNode;
  onSubmit: (values: { reason: string; severity: Severity }) => void;
  onClose: () => void;
};

function ReasonForm({
  title,
  submitLabel,
  withSeverity,
  isPending,
  failure,
  children,
  onSubmit,
  onClose,
}: ReasonFormProps) {
  const [reason, setReason] = useState('');
  const [severity, setSeverity] = useState<Severity>(withSeverity ?? 'medium');

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) onSubmit({ reason: reason.trim(), severity });
  };

  return (
    <Dialog title={title} onClose={onClose}>
      <form className="dialog__form" onSubmit={handleSubmit}>
        <label>
          Reason
          <textarea required rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        {withSeverity && (
          <label>
            Severity
            <select value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {SEVERITY_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
        )}
        {children}
        <Failure {...failure} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={isPending || !reason.trim()}>
            {failure.conflict ? `Retry: ${submitLabel.toLowerCase()}` : submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

type MarkFormProps = {
  title: string;
  submitLabel: string;
  /** the categories the classifier gave, offered for correction; absent for bulk marks */
  categories?: CategoryCode[];
  isPending: boolean;
  failure: FailureProps;
  onSubmit: (values: { mark: MarkKind; categories?: CategoryCode[]; note?: string }) => void;
  onClose: () => void;
};

function MarkForm({ title, submitLabel, categories, isPending, failure, onSubmit, onClose }: MarkFormProps) {
  const [mark, setMark] = useState<MarkKind | null>(null);
  const [chosen, setChosen] = useState<CategoryCode[]>(categories ?? []);
  const [note, setNote] = useState('');

  const handleToggleCategory = (code: CategoryCode) =>
    setChosen((current) => (current.includes(code) ? current.filter((c) => c !== code) : [...current, code]));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!mark) return;
    const corrected =
      categories && (chosen.length !== categories.length || chosen.some((c) => !categories.includes(c)))
        ? CATEGORY_CODES.filter((c) => chosen.includes(c))
        : undefined;
    onSubmit({ mark, categories: corrected, note: note.trim() || undefined });
  };

  return (
    <Dialog title={title} onClose={onClose}>
      <form className="dialog__form" onSubmit={handleSubmit}>
        <fieldset className="dialog__fieldset">
          <legend>Mark as</legend>
          {MARK_KINDS.map((kind) => (
            <label key={kind} className="choice">
              <input type="radio" name="mark" value={kind} checked={mark === kind} onChange={() => setMark(kind)} />
              {MARK_LABELS[kind]}
            </label>
          ))}
        </fieldset>
        {categories && (
          <fieldset className="dialog__fieldset">
            <legend>Categories (correct them if the classifier was wrong)</legend>
            {CATEGORY_CODES.map((code) => (
              <label key={code} className="choice">
                <input type="checkbox" checked={chosen.includes(code)} onChange={() => handleToggleCategory(code)} />
                {CATEGORY_INFO[code].label}
              </label>
            ))}
          </fieldset>
        )}
        <label>
          Note (optional)
          <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <Failure {...failure} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={isPending || !mark}>
            {failure.conflict ? `Retry: ${submitLabel.toLowerCase()}` : submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

type MentionDialogProps = { mention: MentionListItem; onClose: () => void };

/** Retries go with the version the 409 reported, so a retry is a decision taken on the current state. */
const versionFor = (mention: MentionListItem, error: Error | null) => conflictOf(error)?.version ?? mention.version;

/**
 * Hiding here, and on the OU's own Facebook Page or Instagram account only when the person chooses
 * it (never by default); where the platform does not allow it, the reason is shown instead.
 */
export function HideDialog({ mention, onClose }: MentionDialogProps) {
  const hide = useHideMention();
  const options = useMention(mention.id).data?.platformOptions ?? null;
  const [onPlatform, setOnPlatform] = useState(false);
  const label = options?.platformLabel;
  return (
    <ReasonForm
      title={`Hide the mention by ${authorOf(mention)}`}
      submitLabel={onPlatform && label ? `Hide here and on ${label}` : 'Hide mention'}
      isPending={hide.isPending}
      failure={{ error: hide.error, conflict: conflictOf(hide.error) }}
      onSubmit={({ reason }) =>
        hide.mutate(
          { id: mention.id, reason, version: versionFor(mention, hide.error), ...(onPlatform ? { onPlatform } : {}) },
          { onSuccess: onClose },
        )
      }
      onClose={onClose}
    >
      {options &&
        (options.hide.offered ? (
          <fieldset className="dialog__fieldset">
            <legend>Where to hide it</legend>
            <label className="choice">
              <input type="radio" name="where" checked={!onPlatform} onChange={() => setOnPlatform(false)} />
              Hide here
            </label>
            <label className="choice">
              <input type="radio" name="where" checked={onPlatform} onChange={() => setOnPlatform(true)} />
              Hide here and on {label}
            </label>
          </fieldset>
        ) : (
          <p className="muted" role="note">
            Hiding on {label} is not offered: {options.hide.reason}.
          </p>
        ))}
    </ReasonForm>
  );
}

export function EscalateDialog({ mention, onClose }: MentionDialogProps) {
  const escalate = useEscalateMention();
  const danger = urgentCategoriesOf(mention).length > 0;
  return (
    <ReasonForm
      title={`Escalate the mention by ${authorOf(mention)}`}
      submitLabel="Escalate mention"
      withSeverity={danger ? 'urgent' : 'medium'}
      isPending={escalate.isPending}
      failure={{ error: escalate.error, conflict: conflictOf(escalate.error) }}
      onSubmit={({ reason, severity }) =>
        escalate.mutate(
          { id: mention.id, reason, severity, version: versionFor(mention, escalate.error) },
          { onSuccess: onClose },
        )
      }
      onClose={onClose}
    />
  );
}

export function MarkDialog({ mention, onClose }: MentionDialogProps) {
  const markMention = useMarkMention();
  return (
    <MarkForm
      title={`Mark the mention by ${authorOf(mention)}`}
      submitLabel="Save mark"
      categories={mention.categories.map((c) => c.category)}
      isPending={markMention.isPending}
      failure={{ error: markMention.error, conflict: conflictOf(markMention.error) }}
      onSubmit={(values) =>
        markMention.mutate(
          { id: mention.id, ...values, version: versionFor(mention, markMention.error) },
          { onSuccess: onClose },
        )
      }
      onClose={onClose}
    />
  );
}

type BulkDialogProps = { ids: string[]; onDone: () => void; onClose: () => void };

const mentionsCount = (n: number) => `${n} mention${n === 1 ? '' : 's'}`;

export function BulkHideDialog({ ids, onDone, onClose }: BulkDialogProps) {
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

export function BulkMarkDialog({ ids, onDone, onClose }: BulkDialogProps) {
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

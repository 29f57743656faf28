/**
 * A pinned mention about to leave the top of the queue: what the action does ("Marking it") and
 * what the pin is for, said whole ("This mention is pinned for threat").
 */
export type Danger = { doing: string; pinned: string };

type Props = { danger: Danger; confirmed: boolean; onChange: (confirmed: boolean) => void };

/** Before a pinned safeguarding or threat mention leaves the top of the queue: a warning and a tick. */
export function DangerConfirm({ danger, confirmed, onChange }: Props) {
  return (
    <div className="alert alert--warning danger-confirm" role="note">
      <p>
        <strong>{danger.pinned}.</strong> Someone may be at risk. {danger.doing} removes the pin; escalate it instead if
        you are unsure.
      </p>
      <label className="choice">
        <input type="checkbox" required checked={confirmed} onChange={(e) => onChange(e.target.checked)} />I have read
        it and I am sure nobody needs help
      </label>
    </div>
  );
}

/** The warning when `pinned` (as `pinnedFor` words it) is set: for one mention, or for some of those ticked. */
export const dangerFor = (pinned: string, count: number, doing: string): Danger | undefined =>
  pinned
    ? { doing, pinned: `${count === 1 ? 'This mention is' : 'Some of these mentions are'} pinned for ${pinned}` }
    : undefined;

type Props = { what: string; confirmed: boolean; onChange: (confirmed: boolean) => void };

/** Before a pinned safeguarding or threat mention leaves the top of the queue: a warning and a tick. */
export function DangerConfirm({ what, confirmed, onChange }: Props) {
  return (
    <div className="alert alert--warning danger-confirm" role="note">
      <p>
        <strong>This mention is pinned for safeguarding.</strong> Someone may be at risk. {what} removes the pin;
        escalate it instead if you are unsure.
      </p>
      <label className="choice">
        <input type="checkbox" required checked={confirmed} onChange={(e) => onChange(e.target.checked)} />I have read
        it and I am sure nobody needs help
      </label>
    </div>
  );
}

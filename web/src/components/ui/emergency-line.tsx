/** The policy's first step in an emergency ("In an emergency"), in the same words wherever staff see it. */
export function EmergencyLine({ className }: { className?: string }) {
  return (
    <p className={className}>
      <strong>If anyone is in immediate danger, call 999</strong> (112 from outside the UK).
    </p>
  );
}

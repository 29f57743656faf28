type Props = { id: string; length: number; max: number; className: string };

/** "N of M characters" under a text box the server limits, named by the box's aria-describedby. */
export function CharacterCount({ id, length, max, className }: Props) {
  return (
    <p id={id} className={className}>
      {length.toLocaleString('en-GB')} of {max.toLocaleString('en-GB')} characters
    </p>
  );
}

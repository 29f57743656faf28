import { Options } from './options';

type Props<T extends string> = {
  label: string;
  value: T;
  /** every value and what it reads as, in the order they are offered */
  options: Readonly<Record<T, string>>;
  onChange: (value: T) => void;
};

/** A labelled choice of one value from a fixed set, each shown by its label. */
export function SelectField<T extends string>({ label, value, options, onChange }: Props<T>) {
  // The keys of a Record<T, string> are exactly the T values, in the order the table lists them.
  const values = Object.keys(options) as T[];
  return (
    <label>
      {label}
      {/* the options are `values`, so the chosen one is a T */}
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        <Options values={values} labels={options} />
      </select>
    </label>
  );
}

import { Options } from './options';

type Props<T extends string> = {
  label: string;
  value: T;
  values: readonly T[];
  /** what each value reads as */
  labels: Record<T, string>;
  onChange: (value: T) => void;
};

/** A labelled choice of one value from a fixed set, each shown by its label. */
export function SelectField<T extends string>({ label, value, values, labels, onChange }: Props<T>) {
  return (
    <label>
      {label}
      {/* the options are `values`, so the chosen one is a T */}
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        <Options values={values} labels={labels} />
      </select>
    </label>
  );
}

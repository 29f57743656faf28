type Props<T extends string | number> = {
  values: readonly T[];
  /** what each value reads as: a table of labels, or a function */
  labels: Record<T, string> | ((value: T) => string);
};

/** A select's options, one a value, each shown by its label. */
export function Options<T extends string | number>({ values, labels }: Props<T>) {
  const label = typeof labels === 'function' ? labels : (value: T) => labels[value];
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}

/** A count as the dashboard writes it: "32,568". */
export const count = (n: number) => n.toLocaleString('en-GB');

/** A figure between 0 and 1 as the sealed set's are written: "0.82"; "—" when there is none. */
export const decimal = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x.toFixed(2));

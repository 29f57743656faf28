import { useCallback, useState } from 'react';

/** The mentions ticked for a bulk action. */
export function useCheckedIds() {
  const [checkedIds, setCheckedIds] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback(
    (id: string) =>
      setCheckedIds((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const clear = useCallback(() => setCheckedIds(new Set()), []);
  return { checkedIds, toggle, clear };
}

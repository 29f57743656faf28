import { useCallback, useState } from 'react';

/**
 * The mentions ticked for a bulk action, each with its version when it was ticked: the bulk request
 * sends them, so a mention a colleague has changed since is not overwritten (409, nothing changes).
 */
export function useCheckedIds(versionOf: (id: string) => number | undefined) {
  const [ticked, setTicked] = useState<ReadonlyMap<string, number | undefined>>(new Map());
  const toggle = useCallback(
    (id: string) =>
      setTicked((current) => {
        const next = new Map(current);
        if (!next.delete(id)) next.set(id, versionOf(id));
        return next;
      }),
    [versionOf],
  );
  const clear = useCallback(() => setTicked(new Map()), []);
  /** Unticks mentions the server says changed since they were ticked, to be looked at again. */
  const untick = useCallback(
    (ids: readonly string[]) =>
      setTicked((current) => {
        const next = new Map(current);
        for (const id of ids) next.delete(id);
        return next;
      }),
    [],
  );
  const checkedIds: ReadonlySet<string> = new Set(ticked.keys());
  const versions: Record<string, number> = {};
  for (const [id, version] of ticked) if (version !== undefined) versions[id] = version;
  return { checkedIds, versions, toggle, clear, untick };
}

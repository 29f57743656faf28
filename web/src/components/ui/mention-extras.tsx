import { createContext, type ReactNode, useContext } from 'react';

type MentionLike = { id: string; platform: string };

/**
 * A slot in a mention's detail for what another feature knows about it (a public report's
 * screenshots and reporter, issue 17). Routes fill it; features never import each other.
 */
export const MentionExtrasContext = createContext<(mention: MentionLike) => ReactNode>(() => null);

export function useMentionExtra(mention: MentionLike): ReactNode {
  return useContext(MentionExtrasContext)(mention);
}

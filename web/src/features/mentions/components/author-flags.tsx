import type { MentionListItem } from '@ou-listening/shared';

type Props = { mention: Pick<MentionListItem, 'watchedAuthor' | 'impersonation'> };

const PRESENTS_AS = { OU: 'the OU', OUSA: 'the Students Association' } as const;

/** What the queue raises about the author: on the watchlist, or presenting as the OU (policy 5.2). */
export function AuthorFlags({ mention }: Props) {
  return (
    <>
      {mention.watchedAuthor && <span className="badge badge--watched">Watched author</span>}
      {mention.impersonation && (
        <span className="badge badge--impersonation">
          Possible impersonation of {PRESENTS_AS[mention.impersonation]} · policy 5.2
        </span>
      )}
    </>
  );
}

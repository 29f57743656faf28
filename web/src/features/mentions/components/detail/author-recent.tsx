import type { MentionDetail } from '@ou-listening/shared';
import { authorOf, relativeTime } from '../format';

type Props = { mention: MentionDetail };

export function AuthorRecent({ mention }: Props) {
  if (mention.authorRecent.length === 0) return null;
  return (
    <section aria-labelledby="detail-author-recent">
      <h3 id="detail-author-recent">Other recent mentions by {authorOf(mention)}</h3>
      <ul className="detail-list">
        {mention.authorRecent.map((m) => (
          <li key={m.id}>
            <span className="muted">{relativeTime(m.postedAt)} · </span>
            {m.text.length > 120 ? `${m.text.slice(0, 120)}…` : m.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

import { type AuthorProfile, CATEGORY_INFO } from '@ou-listening/shared';
import { formatUkTime } from '../../../lib/uk-time';
import { Card } from '../../../components/ui/card';

type Props = { mentions: AuthorProfile['mentions'] };

/** The author's mentions, newest first, each cut to 280 characters. */
export function AuthorMentions({ mentions }: Props) {
  return (
    <Card id="author-mentions" title="Mentions">
      <ul className="detail-list" aria-label="Their mentions">
        {mentions.map((m) => (
          <li key={m.id}>
            <span className="muted">
              <time dateTime={m.postedAt}>{formatUkTime(m.postedAt)}</time>
              {m.categories.length > 0 && ` · ${m.categories.map((c) => CATEGORY_INFO[c].label).join(', ')}`}
              {m.onOwnAccount && ' · on our account'}
              {' · '}
            </span>
            {m.text.length > 280 ? `${m.text.slice(0, 280)}…` : m.text}
          </li>
        ))}
      </ul>
    </Card>
  );
}

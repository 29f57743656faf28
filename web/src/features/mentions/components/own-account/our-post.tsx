import type { ParentPost } from '@ou-listening/shared';
import { ExternalLink } from '../../../../components/ui/external-link';
import { fullTime, relativeTime } from '../format';

type Props = { post: ParentPost | null; label: string };

/** The OU's post the comment was left on. */
export function OurPost({ post, label }: Props) {
  if (!post) return <p className="muted">The post it was left on is not known.</p>;
  return (
    <>
      <p className="muted">
        Left on our post
        {post.postedAt && (
          <>
            {' of '}
            <time dateTime={post.postedAt} title={fullTime(post.postedAt)}>
              {relativeTime(post.postedAt)}
            </time>
          </>
        )}
        :
      </p>
      <blockquote className="own-account__post" aria-label="Our post">
        {post.text || <span className="muted">(no text)</span>}
      </blockquote>
      <ExternalLink href={post.url} fallback={null}>
        View our post on {label}
      </ExternalLink>
    </>
  );
}

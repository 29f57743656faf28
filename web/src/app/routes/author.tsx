import { SOURCE_KIND_LABELS, type SourceKind } from '@ou-listening/shared';
import { Navigate, useParams } from 'react-router';
import { Page } from '../../components/ui/page';
import { PageUnavailable } from '../../components/ui/page-unavailable';
import { useAuthor } from '../../features/authors/api/get-author';
import { useAuthorByHandle } from '../../features/authors/api/get-author-by-handle';
import { AuthorProfile } from '../../features/authors/components/author-profile';

const labelOf = (platform: string) => SOURCE_KIND_LABELS[platform as SourceKind] ?? platform;

/** /authors/:platform/handle/:handle — Trends' top authors, ranked by handle: on to the author's page. */
export function AuthorByHandleRoute() {
  const { platform = '', handle = '' } = useParams();
  const found = useAuthorByHandle(platform, handle);
  if (found.isPending) return <p className="loading">Finding @{handle}…</p>;
  if (found.isError) return <PageUnavailable title="Author not available" error={found.error} />;
  return (
    <Navigate
      replace
      to={`/authors/${encodeURIComponent(found.data.platform)}/${encodeURIComponent(found.data.authorId)}`}
    />
  );
}

/** /authors/:platform/:authorId — reached from a mention's detail and from top authors in Trends. */
export function AuthorRoute() {
  const { platform = '', authorId = '' } = useParams();
  const author = useAuthor(platform, authorId);
  if (author.isPending) return <p className="loading">Loading the author…</p>;
  if (author.isError) return <PageUnavailable title="Author not available" error={author.error} />;
  const profile = author.data;
  const name = profile.detailed
    ? (profile.displayName ?? (profile.handle ? `@${profile.handle}` : `Author ${authorId}`))
    : `An author on ${labelOf(platform)}`;
  return (
    <Page title={name}>
      <AuthorProfile profile={profile} platformLabel={labelOf(platform)} authorId={authorId} />
    </Page>
  );
}

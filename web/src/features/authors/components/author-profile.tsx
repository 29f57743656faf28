import type { AuthorProfile as AuthorProfileData } from '@ou-listening/shared';
import { AuthorCategories } from './author-categories';
import { AuthorLog } from './author-log';
import { AuthorMentions } from './author-mentions';
import { AuthorSummary } from './author-summary';
import { ImpersonationWarning } from './impersonation-warning';
import { ReportAccountForm } from './report-account-form';

type Props = { profile: AuthorProfileData; platformLabel: string; authorId: string };

/** One author across sources: who, how often, about what, and what the team has noted and done. */
export function AuthorProfile({ profile, platformLabel, authorId }: Props) {
  return (
    <>
      {profile.impersonation && <ImpersonationWarning impersonation={profile.impersonation} />}
      <AuthorSummary profile={profile} platformLabel={platformLabel} authorId={authorId} />
      <AuthorCategories byCategory={profile.byCategory} />
      {profile.detailed && (
        <>
          <AuthorMentions mentions={profile.mentions} />
          <AuthorLog
            id="author-notes"
            title="Notes"
            entries={profile.notes.map((n) => ({ text: n.body, by: n.by, at: n.at }))}
            empty="No notes on their mentions yet."
          />
          <AuthorLog
            id="author-reports"
            title={`Reported to ${platformLabel}`}
            entries={profile.reports.map((r) => ({ text: r.reason, by: r.by, at: r.at }))}
          />
          <ReportAccountForm platform={profile.platform} authorId={authorId} platformLabel={platformLabel} />
        </>
      )}
    </>
  );
}

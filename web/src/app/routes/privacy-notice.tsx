import { Link } from 'react-router';
import { PrivacyNotice } from '../../features/privacy/components/privacy-notice';

/** Public: no sign-in needed to read how the service treats people's posts. */
export function PrivacyNoticeRoute() {
  return (
    <main className="sign-in-page">
      <PrivacyNotice />
      <p>
        <Link to="/sign-in">Staff sign-in</Link>
      </p>
    </main>
  );
}

import { CATEGORY_CODES, CATEGORY_INFO } from '@ou-listening/shared';
import { Page } from '../../components/ui/page';

/** What the tool watches for, in the policy's own terms. */
export function OverviewRoute() {
  return (
    <Page title="Overview">
      <p className="lead">
        Public mentions of the Open University, checked against paragraph 7.4 of the Student Social Media Policy.
      </p>
      <h2>What is flagged</h2>
      <ul className="category-list">
        {CATEGORY_CODES.map((code) => {
          const info = CATEGORY_INFO[code];
          return (
            <li key={code} className="category-list__item">
              <span className={`chip chip--${code}`}>{info.label}</span>
              <span className="category-list__ref">{info.policyRef}</span>
              <p>{info.description}</p>
            </li>
          );
        })}
      </ul>
    </Page>
  );
}

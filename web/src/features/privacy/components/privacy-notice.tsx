/**
 * The privacy notice for the people whose posts this service reads (issue 18). Public: linked from
 * the sign-in page and the report form. Keep it in step with docs/data-protection.md.
 */
export function PrivacyNotice() {
  return (
    <article className="privacy-notice">
      <h1>Privacy notice: OU Social Listening</h1>
      <p>
        The Open University reads public social-media posts that mention it, so that its staff can answer questions,
        spot harm to students and staff (threats, safeguarding concerns, personal data shared without consent) and act
        under its Student Social Media Policy.
      </p>
      <h2>What we collect</h2>
      <p>
        Public posts that mention the University, with the author&apos;s platform id, handle and display name, the time,
        and the link. We do not collect private messages or follow people. Posts are classified automatically; staff
        review what is flagged.
      </p>
      <h2>Why (lawful basis)</h2>
      <p>
        Our public task as a university and our legitimate interests in protecting students, staff and the
        University&apos;s reputation. We have weighed these against your interests: we read only public posts that
        mention us, keep them for short periods, and limit who can see authors.
      </p>
      <h2>How long we keep it</h2>
      <p>
        Posts nobody acted on are deleted after 30 days; reviewed posts after 12 months; posts that became part of a
        case are kept until 6 years after the case closed, unless a legal hold applies. Posts you delete on the platform
        are deleted here within a day or so of our next check.
      </p>
      <h2>If you report something to us</h2>
      <p>
        What you write in the report form, and any screenshots, become a case for the staff who handle reports. Your
        e-mail address is optional; if you give it, only those staff see it, and it is deleted when the case is closed.
      </p>
      <h2>Your rights</h2>
      <p>
        You can ask for a copy of what we hold about you (answered within a month), and ask us to erase it; after an
        erasure your future posts are not stored. Contact the University&apos;s Data Protection Officer at{' '}
        <a href="mailto:data-protection@open.ac.uk">data-protection@open.ac.uk</a>. You may also complain to the
        Information Commissioner&apos;s Office (ico.org.uk).
      </p>
    </article>
  );
}

import { mastodonHtmlToText } from './mastodon-html';

describe('a Mastodon status as text', () => {
  it('keeps a shortened link whole, and mentions and hashtags as their text', () => {
    const html =
      '<p><span class="h-card"><a href="https://mastodon.social/@ou" class="u-url mention">@<span>ou</span></a></span> ' +
      'results are out <a href="https://mastodon.social/tags/OpenUniversity" class="mention hashtag" rel="tag">#<span>OpenUniversity</span></a> ' +
      '<a href="https://www.open.ac.uk/students/results?id=1&amp;y=2026" rel="nofollow noopener" target="_blank">' +
      '<span class="invisible">https://www.</span><span class="ellipsis">open.ac.uk/students/res</span>' +
      '<span class="invisible">ults?id=1&amp;y=2026</span></a></p>';
    expect(mastodonHtmlToText(html)).toBe(
      '@ou results are out #OpenUniversity https://www.open.ac.uk/students/results?id=1&y=2026',
    );
  });

  it('turns paragraphs and line breaks into newlines and decodes entities', () => {
    expect(mastodonHtmlToText('<p>Fees &amp; funding&#39;s &lt;hard&gt;<br>call 0300&#x20;303</p><p>second</p>')).toBe(
      "Fees & funding's <hard>\ncall 0300 303\n\nsecond",
    );
  });

  it('never makes a link of a javascript: or relative href: the visible text stays', () => {
    expect(mastodonHtmlToText('<a href="javascript:alert(1)">click</a> <a href="/about">about</a>')).toBe(
      'click about',
    );
  });
});

import { decodeEntities, htmlToText } from './html-text';

describe('HTML from feeds and platforms, as text', () => {
  it('decodes every named entity a browser knows, and numeric ones', () => {
    expect(decodeEntities('Universit&agrave; &eacute;t&eacute; &hellip; &#39;OU&#x2019;s&#39; &pound;5')).toBe(
      "Università été … 'OU’s' £5",
    );
  });

  it('leaves an ampersand that begins no entity as written', () => {
    expect(decodeEntities('R&D at the OU &notes &unknownthing; AT&T')).toBe('R&D at the OU &notes &unknownthing; AT&T');
  });

  it('turns markup into lines of text, entities decoded once', () => {
    expect(htmlToText('<p>Caf&eacute;&nbsp;talk</p><p>&amp;lt;b&amp;gt; is a tag</p>')).toBe(
      'Café talk\n\n&lt;b&gt; is a tag',
    );
  });
});

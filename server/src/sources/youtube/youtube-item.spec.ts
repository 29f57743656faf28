import { parseCommentThread } from './youtube-item';

const thread = (snippet: Record<string, unknown>) => ({
  id: 'Ugx1',
  snippet: {
    topLevelComment: {
      id: 'Ugx1',
      snippet: { publishedAt: '2026-11-30T10:00:00Z', authorDisplayName: 'Viewer', videoId: 'abcdefghijk', ...snippet },
    },
  },
});

describe('a YouTube comment as a mention', () => {
  it('reads textDisplay as the plain text it was asked for when textOriginal is not given', () => {
    const item = parseCommentThread(thread({ textDisplay: 'I <3 the OU, 5>4 & so are you' }), 'abcdefghijk');
    expect(item).toMatchObject({ kind: 'post', post: { text: 'I <3 the OU, 5>4 & so are you' } });
  });

  it('prefers textOriginal, the comment as written', () => {
    const item = parseCommentThread(thread({ textOriginal: 'as written', textDisplay: 'as shown' }), 'abcdefghijk');
    expect(item).toMatchObject({ kind: 'post', post: { text: 'as written' } });
  });
});

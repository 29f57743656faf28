import type { MentionListItem } from '@ou-listening/shared';

/** A queue item for component tests: an X post flagged for disrepute an hour ago, as the API gives it. */
export function mentionItem(id: string, overrides: Partial<MentionListItem> = {}): MentionListItem {
  return {
    id,
    platform: 'x',
    externalId: `ext-${id}`,
    url: `https://x.com/i/status/${id}`,
    authorId: `a${id}`,
    authorHandle: `author${id}`,
    authorName: `Author ${id}`,
    text: `Post number ${id} about the Open University`,
    lang: 'en',
    postedAt: new Date(Date.now() - 3600_000).toISOString(),
    ingestedAt: new Date().toISOString(),
    isDemo: false,
    status: 'new',
    hidden: false,
    riskScore: 0.5,
    topCategory: 'disrepute',
    categories: [{ category: 'disrepute', score: 0.5, policyRef: '7.4 disrepute', evidence: [] }],
    secondLook: [],
    latestMark: null,
    assignee: null,
    noteCount: 0,
    escalation: null,
    onOwnAccount: false,
    ownContext: null,
    platformHidden: false,
    watchedAuthor: false,
    impersonation: null,
    version: 1,
    ...overrides,
  };
}

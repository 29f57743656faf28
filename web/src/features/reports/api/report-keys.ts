export const reportKeys = {
  all: ['reports'] as const,
  byMention: (mentionId: string) => [...reportKeys.all, 'by-mention', mentionId] as const,
};

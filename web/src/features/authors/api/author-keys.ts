export const authorKeys = {
  all: ['authors'] as const,
  detail: (platform: string, authorId: string) => [...authorKeys.all, platform, authorId] as const,
  byHandle: (platform: string, handle: string) => [...authorKeys.all, platform, 'handle', handle] as const,
};

export const authorPath = (platform: string, authorId: string) =>
  `/authors/${encodeURIComponent(platform)}/${encodeURIComponent(authorId)}`;

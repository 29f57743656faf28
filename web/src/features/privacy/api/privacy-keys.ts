export const privacyKeys = {
  all: ['privacy'] as const,
  retention: () => [...privacyKeys.all, 'retention'] as const,
};

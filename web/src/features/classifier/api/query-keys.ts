/** One key factory for the classifier domain. */
export const classifierKeys = {
  all: ['classifier'] as const,
  model: () => [...classifierKeys.all, 'model'] as const,
  precision: () => [...classifierKeys.all, 'precision'] as const,
};

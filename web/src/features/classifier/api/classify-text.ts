import type { ClassificationResult, ClassifyRequest } from '@ou-listening/shared';
import { useMutation } from '../../../lib/use-mutation';
import { apiFetch } from '../../../lib/api-client';

export const classifyText = (request: ClassifyRequest) =>
  apiFetch<ClassificationResult>('/classify', { method: 'POST', body: JSON.stringify(request) });

/** Trying a text stores nothing, so there is nothing to invalidate. */
export const useClassifyText = () => useMutation({ mutationFn: classifyText });

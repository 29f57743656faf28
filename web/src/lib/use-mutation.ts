import {
  type DefaultError,
  type UseMutateAsyncFunction,
  useMutation as useQueryMutation,
  type UseMutationOptions,
  type UseMutationResult,
} from '@tanstack/react-query';
import { useCallback, useRef } from 'react';

/** What makes two requests the same one; a form's files count by name and size. */
function requestKey(variables: unknown): string {
  try {
    return (
      JSON.stringify(variables, (_key, value: unknown) => {
        if (value instanceof FormData)
          return [...value.entries()].map(([name, v]) => [name, typeof v === 'string' ? v : `${v.name}:${v.size}`]);
        return value;
      }) ?? ''
    );
  } catch {
    // Not serialisable (a cycle): never taken for a repeat.
    return `${Math.random()}`;
  }
}

/**
 * TanStack's `useMutation`, except that a request the same as one still in flight is not sent again:
 * a double click or Enter pressed twice gets the first request's outcome (and its callbacks fire once)
 * instead of a second request that would create a second user, case or note, or fail with a 409 over
 * the first one's success. Requests that differ (two rows of a table) still run side by side.
 * Every mutation in the app goes through this one.
 */
export function useMutation<TData = unknown, TError = DefaultError, TVariables = void, TOnMutateResult = unknown>(
  options: UseMutationOptions<TData, TError, TVariables, TOnMutateResult>,
): UseMutationResult<TData, TError, TVariables, TOnMutateResult> {
  const mutation = useQueryMutation(options);
  const inFlight = useRef(new Map<string, Promise<TData>>());
  const send = mutation.mutateAsync;

  const mutateAsync = useCallback(
    (...args: Parameters<UseMutateAsyncFunction<TData, TError, TVariables, TOnMutateResult>>) => {
      const key = requestKey(args[0]);
      const running = inFlight.current.get(key);
      if (running) return running;
      const request = send(...args);
      inFlight.current.set(key, request);
      const release = () => void inFlight.current.delete(key);
      request.then(release, release);
      return request;
    },
    [send],
  );
  const mutate = useCallback(
    (...args: Parameters<UseMutateAsyncFunction<TData, TError, TVariables, TOnMutateResult>>) => {
      mutateAsync(...args).catch(() => undefined);
    },
    [mutateAsync],
  );
  return { ...mutation, mutate, mutateAsync };
}

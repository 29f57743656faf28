import type { ApiError } from '@ou-listening/shared';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError | undefined,
  ) {
    const detail = body?.message;
    super(Array.isArray(detail) ? detail.join('; ') : (detail ?? `Request failed with status ${status}`));
    this.name = 'ApiRequestError';
  }
}

/** The one way the dashboard calls the API: same-origin, cookies included, JSON in and out. */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`/api${path}`, {
    credentials: 'same-origin',
    ...init,
    headers: {
      Accept: 'application/json',
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
      ...init.headers,
    },
  });
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiRequestError(response.status, body as ApiError | undefined);
  return body as T;
}

/** A change sent as a JSON body; the API's JSON answer back. */
export const sendJson = <T>(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown) =>
  apiFetch<T>(path, { method, body: JSON.stringify(body) });

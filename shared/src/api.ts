/** Shapes of the JSON the API returns; the server's response DTOs implement these. */

export type HealthResponse = {
  status: 'ok' | 'error';
  database: 'up' | 'down';
};

export type ApiError = {
  statusCode: number;
  error: string;
  message: string | string[];
};

import type { Role } from './roles.js';
import type { SourceHealth, SourceKind } from './sources.js';

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

/** GET /api/health/system (admins): what the admin's landing page shows about the running system. */
export type SystemHealth = {
  checkedAt: string;
  database: 'up' | 'down';
  /** every source with its last run and whether it is being polled */
  sources: { id: string; name: string; kind: SourceKind; enabled: boolean; health: SourceHealth }[];
  classifier: { modelVersion: string; trainedAt: string; macroF1: number; falseAlarmRate: number };
  users: { total: number; enabled: number; mustChangePassword: number; byRole: Record<Role, number> };
};

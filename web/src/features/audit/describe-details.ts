/** An audit row's details as short lines a person reads: "role: comms → manager", "reason: spam". */
export function describeDetails(details: Record<string, unknown>): string[] {
  const lines: string[] = [];
  const before = asRecord(details.before);
  const after = asRecord(details.after);
  if (before && after) {
    for (const key of Object.keys(after)) lines.push(`${words(key)}: ${show(before[key])} → ${show(after[key])}`);
  }
  for (const [key, value] of Object.entries(details)) {
    if (before && after && (key === 'before' || key === 'after')) continue;
    const nested = asRecord(value);
    if (nested && Object.keys(nested).length > 0)
      for (const [inner, innerValue] of Object.entries(nested))
        lines.push(`${words(key)} ${words(inner)}: ${show(innerValue)}`);
    else lines.push(`${words(key)}: ${show(value)}`);
  }
  return lines;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** camelCase and snake_case keys as words: "assigneeId" → "assignee id". */
function words(key: string): string {
  return key
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

function show(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(show).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

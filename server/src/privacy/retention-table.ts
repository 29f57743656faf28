import { RETENTION_CLASSES } from '../config/retention-schedule.js';

export const TABLE_START = '<!-- retention-table:start (generated from server/src/config/retention-schedule.ts) -->';
export const TABLE_END = '<!-- retention-table:end -->';

function span(days: number): string {
  if (days % 365 === 0 || days >= 730) {
    const years = Math.round(days / 365.25);
    return `${days} days (${years} year${years === 1 ? '' : 's'})`;
  }
  return `${days} days`;
}

/** The retention table of docs/data-protection.md, from the schedule's defaults. */
export function retentionTableMarkdown(): string {
  const rows = RETENTION_CLASSES.map((c) => `| ${c.label} | ${span(c.defaultDays)} | ${c.from} | \`${c.variable}\` |`);
  return [
    '| class | kept by default | counted from | variable |',
    '| --- | --- | --- | --- |',
    ...rows,
    '| Posts under an open case | indefinitely, until the case closes | — | — |',
    '| Anything under a legal hold | until the hold is released | — | — |',
  ].join('\n');
}

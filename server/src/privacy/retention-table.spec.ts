import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TABLE_END, TABLE_START, retentionTableMarkdown } from './retention-table';

const DOC = path.resolve(__dirname, '../../../docs/data-protection.md');

/** The table's cells, whatever padding Prettier gives the Markdown. */
const cells = (table: string) =>
  table
    .trim()
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim().replace(/^-{3,}$/, '---')));

describe('docs/data-protection.md', () => {
  it('holds the retention table generated from the schedule (UPDATE_DOCS=1 rewrites it)', () => {
    const doc = readFileSync(DOC, 'utf8');
    const start = doc.indexOf(TABLE_START);
    const end = doc.indexOf(TABLE_END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const table = doc.slice(start + TABLE_START.length, end).trim();
    const generated = retentionTableMarkdown();
    if (process.env.UPDATE_DOCS === '1' && JSON.stringify(cells(table)) !== JSON.stringify(cells(generated)))
      writeFileSync(DOC, `${doc.slice(0, start + TABLE_START.length)}\n\n${generated}\n\n${doc.slice(end)}`);
    else expect(cells(table)).toEqual(cells(generated));
  });

  it('says 30 days for harmless posts and 7 for raw payloads, as the issue asks', () => {
    expect(retentionTableMarkdown()).toMatch(/\| Harmless and never acted on \| 30 days \|/);
    expect(retentionTableMarkdown()).toMatch(/\| Raw platform payloads \(quarantined items\) \| 7 days \|/);
  });
});

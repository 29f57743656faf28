import type { MentionHistoryEntry } from '@ou-listening/shared';
import { describe, expect, it } from 'vitest';
import { historyInWords } from './history-words';

const QA = '00000000-0000-4000-8000-0000000000aa';
const CHRIS = '00000000-0000-4000-8000-0000000000cc';

const NAMES: Record<string, string> = { [QA]: 'QA Comms', [CHRIS]: 'Chris Comms' };

const entry = (
  actorId: string,
  details: Record<string, unknown>,
  assigneeName: string | null = null,
): MentionHistoryEntry => ({
  at: '2026-12-03T10:00:00.000Z',
  actorEmail: `${NAMES[actorId]!.toLowerCase().replace(' ', '.')}@open.ac.uk`,
  actorId,
  actorName: NAMES[actorId]!,
  assigneeName,
  action: 'mention.assign',
  details,
});

describe('a mention history line about who has it', () => {
  it('says someone took it when they assigned it to themselves', () => {
    expect(historyInWords(entry(QA, { from: null, to: QA }, 'QA Comms'))).toBe('QA Comms took this');
    expect(historyInWords(entry(QA, { from: null, to: QA, bulk: true }, 'QA Comms'))).toBe(
      'QA Comms took this (with others)',
    );
    expect(historyInWords(entry(QA, { from: null, to: CHRIS }, 'Chris Comms'))).toBe(
      'QA Comms assigned this to Chris Comms',
    );
  });

  it('says someone let it go when they unassigned themselves', () => {
    expect(historyInWords(entry(QA, { from: QA, to: null }))).toBe('QA Comms let this go');
    expect(historyInWords(entry(QA, { from: CHRIS, to: null }))).toBe('QA Comms unassigned this');
  });

  it('goes by who they are, not their name: two people may share one', () => {
    const twin = { ...entry(CHRIS, { from: null, to: QA }, 'QA Comms'), actorName: 'QA Comms' };
    expect(historyInWords(twin)).toBe('QA Comms assigned this to QA Comms');
  });
});

describe('a mention history line about the platform', () => {
  const on = (action: string, details: Record<string, unknown>) => ({ ...entry(QA, details), action });

  it('never says a demo mention reached a platform', () => {
    expect(historyInWords(on('platform.reply', { platform: 'facebook', demo: true }))).toBe(
      'QA Comms: Reply recorded as if sent (demo: no platform was contacted)',
    );
    expect(historyInWords(on('platform.hide', { platform: 'facebook', demo: true }))).toBe(
      'QA Comms: Hidden as if on the platform (demo: no platform was contacted)',
    );
    expect(historyInWords(on('mention.reply', { platform: 'facebook', demo: true }))).toBe(
      'QA Comms replied on Facebook (demo: nothing was sent)',
    );
  });

  it('says what a real platform did, and why an author was blocked', () => {
    expect(historyInWords(on('platform.hide', { platform: 'facebook' }))).toBe('QA Comms: Hidden on the platform');
    expect(historyInWords(on('platform.block', { platform: 'facebook', reason: 'Abuse every day' }))).toBe(
      'QA Comms: Author blocked on the platform — reason: Abuse every day',
    );
  });
});

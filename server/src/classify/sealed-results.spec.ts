import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CategoryCode } from '@ou-listening/shared';
import { SEALED_MAIN_FILES, SEALED_SAFEGUARDING, scoreSealed, scoreSealedSafeguarding } from './sealed-results';

// Stand-in files in a temporary folder: the real sealed sets are never read by a unit test.
describe('scoreSealed', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sealed-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (file: string, posts: Array<{ text: string; labels: CategoryCode[] }>) =>
    writeFileSync(
      path.join(dir, file),
      posts.map((p, i) => JSON.stringify({ id: `${file}-${i}`, ...p })).join('\n') + '\n',
    );

  it('scores every main sealed file together and each alone, with the totals retraining compares', () => {
    write(SEALED_MAIN_FILES[0]!, [
      { text: 'we are suing', labels: ['litigation'] },
      { text: 'nice day', labels: [] },
    ]);
    write(SEALED_MAIN_FILES[1]!, [
      { text: 'see you in court', labels: ['litigation'] },
      { text: 'lovely tutor', labels: [] },
    ]);
    // A classifier that flags litigation on "suing" only, and flags one harmless post.
    const classify = (text: string): CategoryCode[] =>
      text.includes('suing') || text.includes('lovely') ? ['litigation'] : [];
    const scored = scoreSealed(classify, dir)!;
    expect(scored.posts).toBe(4);
    expect(scored.falseAlarmRate).toBe(0.5);
    expect(scored.report.categories.litigation).toMatchObject({ tp: 1, fp: 1, support: 2 });
    expect(scored.macroF1).toBe(scored.report.macroF1);
    expect(scored.files.map((f) => [f.file, f.posts, f.report.falseAlarmRate])).toEqual([
      [SEALED_MAIN_FILES[0], 2, 0],
      [SEALED_MAIN_FILES[1], 2, 1],
    ]);
  });

  it('answers undefined where no sealed file is shipped', () => {
    expect(scoreSealed(() => [], dir)).toBeUndefined();
    expect(scoreSealedSafeguarding(() => ({ categories: [], secondLook: [] }), dir)).toBeUndefined();
  });

  it('scores the safeguarding set: flagged, reached by a second look, and look-alikes flagged by id', () => {
    write(SEALED_SAFEGUARDING, [
      { text: 'on the platform tonight', labels: ['safeguarding'] },
      { text: 'taken everything in the cabinet', labels: ['safeguarding'] },
      { text: 'waiting outside the centre for him', labels: ['threat'] },
      { text: 'this TMA is killing me', labels: [] },
      { text: 'reading Durkheim on suicide', labels: [] },
    ]);
    const classify = (text: string) => ({
      categories: text.includes('platform')
        ? [{ category: 'safeguarding' as const, score: 0.9 }]
        : text.includes('killing')
          ? [{ category: 'threat' as const, score: 0.7 }]
          : [],
      secondLook: text.includes('cabinet') || text.includes('Durkheim') ? [{ category: 'safeguarding' as const }] : [],
    });
    const scored = scoreSealedSafeguarding(classify, dir)!;
    expect(scored.posts).toBe(5);
    expect(scored.codes.safeguarding).toMatchObject({ flagged: 1, reached: 2, support: 2, precision: 1 });
    expect(scored.codes.threat).toMatchObject({ flagged: 0, reached: 0, support: 1, precision: 0 });
    expect(scored.lookAlikes).toBe(2);
    expect(scored.flaggedLookAlikes).toEqual([
      { id: `${SEALED_SAFEGUARDING}-3`, flags: [{ category: 'threat', score: 0.7 }] },
    ]);
    expect(scored.lookAlikesSecondLooked).toBe(1);
  });
});

/**
 * npm run eval -- --urgent-errors [--all]
 *   Safeguarding and threat on the corpus's held-out writers (validation, never the sealed sets):
 *   every risk post the red flag missed, with its score and whether the second look reached it, and
 *   every harmless post flagged or sent to a second look. These posts are part of the training
 *   corpus, so reading them is how the corpus and features are improved; the sealed sets stay unread.
 *   With --all, held-out template posts too.
 */
import { type CategoryCode } from '@ou-listening/shared';
import { splitCorpus, loadCorpus } from '../../src/classify/corpus.js';
import { probabilitiesOf, type TrainedModel } from '../../src/classify/model.js';

const URGENT: readonly CategoryCode[] = ['safeguarding', 'threat'];

export function urgentErrorLines(model: TrainedModel, all: boolean): string[] {
  const { validation } = splitCorpus(loadCorpus().posts);
  const held = validation.filter((p) => all || p.voice);
  const f2 = (x: number) => x.toFixed(3);
  const lines: string[] = [`model ${model.version}, ${held.length} held-out posts`];
  for (const code of URGENT) {
    const { threshold, secondLook } = model.params[code];
    lines.push('', `== ${code}: threshold ${f2(threshold)}, second look from ${f2(secondLook ?? 1)}`);
    const missed: string[] = [];
    const falseAlarms: string[] = [];
    for (const post of held) {
      const p = probabilitiesOf(model, post.text)[code];
      const where = p >= threshold ? 'FLAG' : secondLook !== null && p >= secondLook ? 'LOOK' : 'MISS';
      const row = `${where} ${f2(p)} [${post.labels.join(',') || 'harmless'}] ${post.id} (${post.writer ?? '-'}): ${post.text.replace(/\s+/g, ' ')}`;
      if (post.labels.includes(code) && where !== 'FLAG') missed.push(row);
      if (post.labels.length === 0 && where !== 'MISS') falseAlarms.push(row);
    }
    lines.push(`-- ${code} posts not flagged (${missed.length}):`, ...missed.sort());
    lines.push(`-- harmless posts flagged or second look (${falseAlarms.length}):`, ...falseAlarms.sort());
  }
  return lines;
}

import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mentionItem } from './__fixtures__/mention-item';
import { MentionList } from './mention-list';

afterEach(cleanup);

const noop = () => {};
const list = (banded: boolean, mentions: ReturnType<typeof mentionItem>[]) =>
  render(
    <MentionList
      mentions={mentions}
      selectedId={null}
      checkedIds={new Set()}
      onSelect={noop}
      onToggleChecked={noop}
      banded={banded}
    />,
  );

describe('the Second look view under the risk sort', () => {
  const pinned = mentionItem('1', {
    categories: [{ category: 'safeguarding', score: 0.9, policyRef: '', evidence: [] }],
    secondLook: ['threat'],
  });
  const possibleRisk = [
    mentionItem('2', { categories: [], riskScore: 0.3, secondLook: ['threat'] }),
    mentionItem('3', { categories: [], riskScore: 0.1, secondLook: ['safeguarding', 'litigation'] }),
  ];
  const milder = mentionItem('4', { riskScore: 0.95, secondLook: ['confidential'] });

  it('names each band below the pinned ones once, on its first row', () => {
    const { container } = list(true, [pinned, ...possibleRisk, milder]);
    const rows = within(screen.getByRole('list', { name: 'Mentions' })).getAllByRole('listitem');
    expect(rows).toHaveLength(4);
    expect(within(rows[1]!).getByText('Possible safeguarding risk or threat: the model is unsure')).toBeTruthy();
    expect(within(rows[3]!).getByText('Unsure of something milder')).toBeTruthy();
    expect([...container.querySelectorAll('.mention-row__band')].map((band) => band.textContent)).toEqual([
      'Possible safeguarding risk or threat: the model is unsure',
      'Unsure of something milder',
    ]);
  });

  it('says nothing of bands in any other view', () => {
    list(false, [pinned, ...possibleRisk, milder]);
    expect(screen.queryByText('Unsure of something milder')).toBeNull();
    expect(screen.queryByText('Possible safeguarding risk or threat: the model is unsure')).toBeNull();
  });
});

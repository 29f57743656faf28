import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdminClassifierRoute } from '../../../app/routes/admin-classifier';

const MODEL = {
  modelVersion: 'nb-1-abcdef123456-c3',
  trainedAt: '2026-01-05T02:00:00.000Z',
  correctionsUsed: 1204,
  trainingPosts: 32568,
  validationPosts: 8136,
  macroF1: 0.861,
  falseAlarmRate: 0.021,
  categories: [
    { category: 'confidential', precision: 0.9, recall: 0.95, f1: 0.924, support: 46, threshold: 0.7 },
    { category: 'litigation', precision: 1, recall: 0.8, f1: 0.889, support: 39, threshold: 0.7 },
    { category: 'disrepute', precision: 1, recall: 0.73, f1: 0.844, support: 52, threshold: 0.44 },
    { category: 'personal_data', precision: 0.97, recall: 0.99, f1: 0.98, support: 90, threshold: 0.58 },
    { category: 'safeguarding', precision: 0.8, recall: 1, f1: 0.889, support: 1040, threshold: 0.44 },
    { category: 'academic_misconduct', precision: 0.7, recall: 0.9, f1: 0.788, support: 41, threshold: 0.35 },
  ],
};
const TEXT = 'Ring me on 07700 900123 about the OU';

const marked = (category: string, confirmed: number, falsePositives: number) => ({
  category,
  confirmed,
  falsePositives,
  precision: confirmed + falsePositives === 0 ? null : confirmed / (confirmed + falsePositives),
});
const PRECISION = {
  windows: [
    {
      days: 30,
      categories: [marked('litigation', 3, 1), marked('safeguarding', 0, 0), marked('confidential', 1, 0)],
    },
    {
      days: 90,
      categories: [marked('litigation', 9, 1), marked('safeguarding', 2, 2), marked('confidential', 8136, 2712)],
    },
  ],
  sealed: {
    modelVersion: 'lr-2-000000000000',
    measuredAt: '2026-07-01T12:00:00.000Z',
    posts: 1250,
    macroF1: 0.652,
    falseAlarmRate: 0.095,
    categories: [
      { category: 'litigation', precision: 0.81, recall: 0.62, support: 40 },
      { category: 'safeguarding', precision: 0.7, recall: 0.74, support: 31 },
    ],
  },
  sealedIsForAnotherModel: true,
};

function answer(routes: Record<string, [number, unknown]>) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const [status, body] = routes[`${init?.method ?? 'GET'} ${url}`] ?? [
      404,
      { statusCode: 404, message: 'not found' },
    ];
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <AdminClassifierRoute />
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('admin Classifier page', () => {
  it('shows the model version and its scores per category on the validation split', async () => {
    answer({ 'GET /api/classify/model': [200, MODEL], 'GET /api/classify/precision': [200, PRECISION] });
    renderPage();
    expect(await screen.findByText('nb-1-abcdef123456-c3')).toBeTruthy();
    // UK time, whatever the browser's zone: 02:00 UTC in January is 02:00 GMT.
    expect(screen.getByText(/trained 05\/01\/2026 02:00/)).toBeTruthy();
    const validation = screen.getByRole('table', { name: /Validation split/ });
    const row = within(validation).getByRole('row', { name: /Safeguarding/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0.800', '1.000', '0.889', '1,040', '0.44']);
    expect(screen.getByText(/Macro-F1 0\.861/)).toBeTruthy();
    // Counts carry thousands separators.
    expect(screen.getByText(/on 32,568 posts, 1,204 of them staff corrections/)).toBeTruthy();
    expect(validation.querySelector('caption')?.textContent).toMatch(/^Validation split: 8,136 posts/);
  });

  it('shows precision as staff marks record it beside the sealed-set figures, and says when nothing is marked', async () => {
    answer({ 'GET /api/classify/model': [200, MODEL], 'GET /api/classify/precision': [200, PRECISION] });
    renderPage();
    const table = await screen.findByRole('table', { name: /Precision as staff marks record it/ });
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    // Staff-marks precision is written like the sealed figures (two decimals), and says when it rests on few marks.
    expect(cells(/Litigation/)).toEqual([
      '0.75 (4 marks: too few to judge)',
      '0.90 (9 confirmed, 1 false)',
      '0.81',
      '0.62',
    ]);
    expect(cells(/Safeguarding/)).toEqual(['— (no marks)', '0.50 (4 marks: too few to judge)', '0.70', '0.74']);
    expect(cells(/Confidential/)).toEqual([
      '1.00 (1 mark: too few to judge)',
      '0.75 (8,136 confirmed, 2,712 false)',
      '—',
      '—',
    ]);
    expect(screen.getByText(/Sealed set: 1,250 posts/).textContent).toMatch(/01\/07\/2026 13:00.*not the model in use/);

    cleanup();
    answer({
      'GET /api/classify/model': [200, MODEL],
      'GET /api/classify/precision': [
        200,
        {
          windows: [
            { days: 30, categories: [marked('litigation', 0, 0)] },
            { days: 90, categories: [marked('litigation', 0, 0)] },
          ],
          sealed: null,
          sealedIsForAnotherModel: false,
        },
      ],
    });
    renderPage();
    expect(await screen.findByText(/No staff marks on flagged real mentions in the last 90 days yet/)).toBeTruthy();
    expect(screen.getByText(/The sealed set has not been scored yet/)).toBeTruthy();
  });

  it('classifies a text and highlights the evidence with its reason', async () => {
    const fetch = answer({
      'GET /api/classify/model': [200, MODEL],
      'POST /api/classify': [
        200,
        {
          modelVersion: MODEL.modelVersion,
          categories: [
            {
              category: 'personal_data',
              score: 0.93,
              policyRef: '7.4 personal information',
              evidence: [{ start: 11, end: 23, text: '07700 900123', reason: 'uk_phone' }],
            },
          ],
          secondLook: [],
        },
      ],
    });
    renderPage();
    fireEvent.change(screen.getByRole('textbox', { name: 'Text to classify' }), { target: { value: TEXT } });
    fireEvent.click(screen.getByRole('button', { name: 'Classify' }));

    expect(await screen.findByText(/Personal information.*0\.93/)).toBeTruthy();
    const mark = screen.getByTitle('UK phone number');
    expect(mark.tagName).toBe('MARK');
    // What is seen: the marked words; screen readers also hear why they are marked.
    expect(mark.firstChild?.textContent).toBe('07700 900123');
    expect(mark.textContent).toBe('07700 900123 (evidence: UK phone number)');
    expect(mark.parentElement?.textContent?.replace(' (evidence: UK phone number)', '')).toBe(TEXT);
    const post = fetch.mock.calls.find(([url]) => url === '/api/classify');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ text: TEXT });
  });

  it('says so when no category applies, and when the server refuses the text', async () => {
    answer({
      'GET /api/classify/model': [200, MODEL],
      'POST /api/classify': [200, { modelVersion: MODEL.modelVersion, categories: [], secondLook: [] }],
    });
    renderPage();
    fireEvent.change(screen.getByRole('textbox', { name: 'Text to classify' }), {
      target: { value: 'Dying to know my results' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Classify' }));
    expect(await screen.findByText('No category applies.')).toBeTruthy();
    expect(screen.queryByText(/Second look/)).toBeNull();

    // Under the flag but over the second-look floor: said, never hidden.
    answer({
      'POST /api/classify': [
        200,
        {
          modelVersion: MODEL.modelVersion,
          categories: [],
          secondLook: [{ category: 'threat', score: 0.07, policyRef: '2.1', evidence: [] }],
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Classify' }));
    expect((await screen.findByText(/Second look, not flagged/)).textContent).toContain('Threat 0.07');

    answer({ 'POST /api/classify': [400, { statusCode: 400, message: ['text must be a string'] }] });
    fireEvent.click(screen.getByRole('button', { name: 'Classify' }));
    const form = screen.getByRole('region', { name: 'Try a text' });
    expect((await within(form).findByRole('alert')).textContent).toMatch(/text must be a string/);
  });
});

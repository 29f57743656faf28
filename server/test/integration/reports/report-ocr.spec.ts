import { ReportOcr } from '../../../src/reports/report-ocr';
import { FAST_REPORT_ENV, postReport, solvedAltcha, textPng } from '../../support/reports';
import { newTestApp, type TestApp } from '../../support/test-app';

/**
 * tesseract.js reads the screenshots after the 201 (the form does not wait for it) with the English
 * model from node_modules; what it reads is classified with the description.
 */
describe('screenshot text (OCR) of a public report', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await newTestApp({ env: { ...FAST_REPORT_ENV, REPORT_OCR: 'on' } });
  }, 900_000);
  afterAll(() => t.close());

  it('reads the text after the report is stored, adds it to the mention and classifies it', async () => {
    const screenshot = await textPng(['Sam: her number is 07700 900123', 'Sam: ring her at night']);
    const started = Date.now();
    const res = await postReport(t.http, {
      altcha: await solvedAltcha(t.http),
      fields: { description: 'See the screenshot from our tutor group chat, I do not like what he is doing.' },
      files: [{ content: screenshot, filename: 'chat.png' }],
    }).expect(201);
    const answeredIn = Date.now() - started;

    const [before] = await t.db.query(
      `SELECT r.ocr_status, m.id::text, m.categories FROM reports r JOIN mentions m ON m.id = r.mention_id
        WHERE r.reference = $1`,
      [res.body.reference],
    );
    expect(['pending', 'done']).toContain(before.ocr_status);

    await t.app.get(ReportOcr).readPending();
    const [after] = await t.db.query(
      `SELECT r.ocr_status, s.ocr_text, m.text, m.categories, m.top_category
         FROM reports r JOIN mentions m ON m.id = r.mention_id JOIN report_screenshots s ON s.report_id = r.id
        WHERE r.reference = $1`,
      [res.body.reference],
    );
    expect(after.ocr_status).toBe('done');
    expect(after.ocr_text).toContain('07700 900123');
    expect(after.text).toContain('[Text read from the screenshots]');
    expect(after.text).toContain('07700 900123');
    expect(after.categories).toContain('personal_data');
    expect(before.categories).not.toContain('personal_data');
    const [evidence] = await t.db.query(
      `SELECT evidence FROM classifications WHERE mention_id = $1 AND category = 'personal_data'`,
      [before.id],
    );
    // The evidence span points into the mention's text as it now reads.
    const span = (evidence.evidence as { start: number; end: number; text: string }[]).find((e) =>
      e.text.includes('07700'),
    );
    expect(after.text.slice(span!.start, span!.end)).toBe(span!.text);
    console.log(
      `OCR: the 201 came in ${answeredIn} ms; reading afterwards took ${Date.now() - started - answeredIn} ms`,
    );
  });
});

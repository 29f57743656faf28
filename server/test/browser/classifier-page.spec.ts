/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { getModel } from '../../src/classify/model';
import { readSealedScores } from '../../src/classify/sealed-results';
import { createUser, signInAs, TEST_PASSWORD, type TestUser } from '../support/auth';
import { describeInBrowser, launchChromium, screenshotPath, seriousAccessibilityProblems } from '../support/browser';
import { newMention } from '../support/mentions-factory';
import { newTestApp, type TestApp } from '../support/test-app';

const SHOTS_DIR = process.env.CLASSIFIER_SHOTS_DIR ?? '/tmp/shots-classifier';

describeInBrowser('the Classifier page in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await newTestApp({ listen: true });
    browser = await launchChromium();
    admin = await createUser(t, 'admin');
    mkdirSync(SHOTS_DIR, { recursive: true });
    // Staff marks on three flagged litigation posts: two confirmed, one false positive.
    const comms = await signInAs(t, 'comms');
    for (const mark of ['no_action', 'needs_follow_up', 'false_positive']) {
      const { id, version } = await newMention(t, { categories: [{ category: 'litigation', score: 0.9 }] });
      await comms.agent.post(`/api/mentions/${id}/mark`).send({ mark, version }).expect(200);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function open(width: number, height: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height }, bypassCSP: true });
    await page.goto(`${t.baseUrl}/admin/classifier`);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByText(/Sealed set: [\d,]+ posts|The sealed set has not been scored yet/)
      .first()
      .waitFor({ timeout: 60_000 });
    return page;
  }

  it('shows precision as staff marks record it beside the sealed figures, in UK time, at 1280 and 390 px', async () => {
    for (const [width, height] of [
      [1280, 900],
      [390, 844],
    ] as const) {
      const page = await open(width, height);
      // Two confirmed and one false positive: written like the sealed figures, and too few to judge by.
      const litigation =
        width > 600
          ? page
              .getByRole('table', { name: /Precision as staff marks record it/ })
              .getByRole('row', { name: /Litigation/ })
              .getByRole('cell')
              .first()
          : page
              .getByRole('list', { name: 'Precision by category' })
              .getByRole('listitem')
              .filter({ hasText: 'Litigation' });
      expect(await litigation.textContent()).toContain('0.67 (3 marks: too few to judge)');
      if (width <= 600)
        expect(await page.getByRole('table', { name: /Precision as staff marks record it/ }).count()).toBe(0);
      const sealed = readSealedScores();
      if (sealed) {
        const line = page.getByText(/Sealed set: [\d,]+ posts/);
        expect(await line.textContent()).toContain(`${sealed.posts.toLocaleString('en-GB')} posts`);
        if (sealed.modelVersion === getModel().version)
          expect(await line.textContent()).not.toContain('not the model in use');
      }
      // Trained at, in the one en-GB form (dd/mm/yyyy, 24 h), never the US month-first form.
      expect(await page.getByText(/trained \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/).count()).toBe(1);
      // Nothing wider than the screen: wide tables scroll in their own box.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // ...and a keyboard can reach those boxes to scroll them.
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS_DIR, `classifier-${width}.png`), fullPage: true });
      await page.screenshot({ path: screenshotPath(`classifier-${width}`), fullPage: true });
      await page.close();
    }
  });
});

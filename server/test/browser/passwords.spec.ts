import type { Browser, Page } from 'playwright-core';
import { createUser, TEST_PASSWORD } from '../support/auth';
import { describeInBrowser, launchChromium, screenshotPath } from '../support/browser';
import { newTestApp, type TestApp } from '../support/test-app';

const NEW_PASSWORD = 'amber lantern drifts slowly';

describeInBrowser('changing a password in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await newTestApp({ listen: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signInThroughThePage(page: Page, email: string, password: string) {
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.waitFor();
    await form.getByLabel('Email', { exact: true }).fill(email);
    await form.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  async function fillChangeForm(page: Page, current: string, next: string, repeated = next) {
    const form = page.getByRole('form', { name: 'Change your password' });
    await form.getByLabel(/Current/).fill(current);
    await form.getByLabel('New password', { exact: true }).fill(next);
    await form.getByLabel('Repeat the new password').fill(repeated);
    await form.getByRole('button', { name: 'Change password' }).click();
  }

  it('from the header: refuses a weak password with advice, then changes it', async () => {
    const user = await createUser(t, 'manager');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${t.baseUrl}/`);
    await signInThroughThePage(page, user.email, TEST_PASSWORD);
    await page.getByRole('heading', { name: 'Trends', exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('header-change-password-1280') });

    await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'Change your password' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/account/password');
    await page.screenshot({ path: screenshotPath('change-password-1280'), fullPage: true });

    await fillChangeForm(page, TEST_PASSWORD, 'other words entirely', 'different words too');
    await page.getByRole('alert').filter({ hasText: 'not the same' }).waitFor();
    await fillChangeForm(page, TEST_PASSWORD, 'password1234');
    await page.getByRole('alert').filter({ hasText: 'too easy to guess' }).waitFor();
    await page.screenshot({ path: screenshotPath('change-password-refused-1280'), fullPage: true });

    await fillChangeForm(page, TEST_PASSWORD, NEW_PASSWORD);
    await page.getByRole('status').filter({ hasText: 'Your password has been changed' }).waitFor();
    await page.getByRole('link', { name: 'Back to the dashboard' }).click();
    await page.getByRole('heading', { name: 'Trends', exact: true }).waitFor();
    expect(errors).toEqual([]);

    const [row] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.password_change'`);
    expect(row.n).toBe(1);
  });

  it('after an admin reset, the next sign-in leads to the change page first, on a phone too', async () => {
    const admin = await createUser(t, 'admin');
    const user = await createUser(t, 'comms');
    const adminPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await adminPage.goto(`${t.baseUrl}/admin/users`);
    await signInThroughThePage(adminPage, admin.email, TEST_PASSWORD);
    adminPage.once('dialog', (dialog) => void dialog.accept());
    await adminPage.getByRole('button', { name: `Reset password of ${user.email}` }).click();
    const temporary = await adminPage.getByLabel('Generated password').textContent();
    expect(temporary).toMatch(/^[A-Za-z0-9]{20}$/);
    await adminPage.screenshot({ path: screenshotPath('admin-users-reset-1280'), fullPage: true });

    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${t.baseUrl}/queue`);
    await signInThroughThePage(page, user.email, temporary!);
    await page.getByRole('heading', { name: 'Change your password' }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname + url.search).toBe('/account/password?next=%2Fqueue');
    await page.getByText('Choose your own to continue').waitFor();
    await page.screenshot({ path: screenshotPath('change-password-forced-390'), fullPage: true });

    // Nothing else opens until the password is changed.
    await page.goto(`${t.baseUrl}/queue`);
    await page.getByRole('heading', { name: 'Change your password' }).waitFor();

    await fillChangeForm(page, temporary!, NEW_PASSWORD);
    await page.getByRole('heading', { name: 'Queue' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/queue');
  });

  it('a 403 password_change_required from any request sends the user to the change page', async () => {
    const user = await createUser(t, 'comms');
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${t.baseUrl}/`);
    await signInThroughThePage(page, user.email, TEST_PASSWORD);
    await page.getByRole('heading', { name: 'Queue', exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('header-change-password-390'), fullPage: true });

    await t.db.query(`UPDATE users SET must_change_password = true WHERE id = $1`, [user.id]);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Queue' }).click();
    // The queue's data is still fresh, so the request that meets the 403 may be the next of the
    // 30-second refreshes (queue, notifications): wait past one, not just Playwright's 30 s default,
    // which a loaded machine overran.
    await page.getByRole('heading', { name: 'Change your password' }).waitFor({ timeout: 45_000 });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });
});

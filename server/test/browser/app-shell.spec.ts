import type { Role } from '@ou-listening/shared';
import type { Browser, Page } from 'playwright-core';
import { createUser, TEST_PASSWORD } from '../support/auth';
import { describeInBrowser, launchChromium, screenshotPath } from '../support/browser';
import { newTestApp, type TestApp } from '../support/test-app';

/** Where each role lands after signing in (issue 19 §5). */
const LANDING_HEADING: Record<Role, string> = {
  comms: 'Queue',
  manager: 'Trends',
  discipline: 'Escalations',
  admin: 'System health',
};

const NAV_BY_ROLE: Record<Role, string[]> = {
  comms: ['Overview', 'Queue'],
  manager: ['Overview', 'Trends'],
  discipline: ['Overview', 'Escalations'],
  admin: [
    'Overview',
    'Queue',
    'Escalations',
    'Trends',
    'Health',
    'Sources',
    'Classifier',
    'Users',
    'Audit log',
    'Data protection',
  ],
};

describeInBrowser('the dashboard in Chromium', () => {
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
    // Wait for the sign-in form itself: right after "Sign out" the previous page (the audit log has
    // an "Actor (email)" field) can still be on screen.
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.waitFor();
    await form.getByLabel('Email', { exact: true }).fill(email);
    await form.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  async function navLinks(page: Page): Promise<string[]> {
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Overview' }).waitFor();
    return nav.getByRole('link').allTextContents();
  }

  it('asks for a sign-in first', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.baseUrl}/`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await signInThroughThePage(page, 'nobody@open.ac.uk', 'wrong password!');
    await page.getByRole('alert').filter({ hasText: 'Incorrect email or password' }).waitFor();
    await page.screenshot({ path: screenshotPath('sign-in-refused') });
  });

  it.each(Object.entries(NAV_BY_ROLE))('signed in as %s, the navigation shows %j', async (role, expected) => {
    const user = await createUser(t, role as Role);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${t.baseUrl}/`);
    await signInThroughThePage(page, user.email, TEST_PASSWORD);
    await page.getByRole('heading', { name: LANDING_HEADING[role as Role], exact: true }).waitFor();
    expect(await navLinks(page)).toEqual(expected);
    await page.getByRole('status', { name: 'System status: Database up' }).waitFor();
    await page.screenshot({ path: screenshotPath(`overview-${role}`), fullPage: true });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.goto(`${t.baseUrl}/`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('an admin creates a comms user, who then signs in', async () => {
    const admin = await createUser(t, 'admin');
    const page = await browser.newPage();
    await page.goto(`${t.baseUrl}/admin/users`);
    await signInThroughThePage(page, admin.email, TEST_PASSWORD);
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/users'); // back where they were going

    const form = page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Email').fill('newcomer@open.ac.uk');
    await form.getByLabel('Name').fill('New Comer');
    await form.getByLabel('Role').selectOption('comms');
    await form.getByRole('button', { name: 'Add user' }).click();
    const password = await page.getByLabel('Generated password').textContent();
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    await page.getByRole('cell', { name: 'newcomer@open.ac.uk', exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('admin-users'), fullPage: true });

    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('cell', { name: 'User created' }).first().waitFor();
    await page.screenshot({ path: screenshotPath('admin-audit'), fullPage: true });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInThroughThePage(page, 'newcomer@open.ac.uk', password!);
    // The admin has seen that password: the newcomer chooses their own before anything else opens.
    const change = page.getByRole('form', { name: 'Change your password' });
    await change.waitFor();
    await change.getByLabel(/Current/).fill(password!);
    await change.getByLabel('New password', { exact: true }).fill('Tangerine-Walrus-Quilt-93');
    await change.getByLabel('Repeat the new password').fill('Tangerine-Walrus-Quilt-93');
    await change.getByRole('button', { name: 'Change password' }).click();
    expect(await navLinks(page)).toEqual(NAV_BY_ROLE.comms);
  });

  it('serves client-side routes on reload', async () => {
    const page = await browser.newPage();
    const res = await page.goto(`${t.baseUrl}/some/deep/link`);
    expect(res?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, screenshot, seriousViolations, type Browser } from './support/browser';

/** Opens the dashboard signed in as a seeded person (development's `?as=`) and waits for every section. */
async function open(page: Page, personId: string) {
  await page.goto(`/dashboard?as=${personId}`);
  await page.locator('body[data-ready="true"]').waitFor();
}

/** A funnel table's counts by stage, as the page shows them. */
async function funnel(page: Page, caption: RegExp) {
  const table = page.locator('#funnel table').filter({ has: page.locator('caption', { hasText: caption }) });
  const rows = await table.locator('tbody tr').all();
  const counts: Record<string, string> = {};
  for (const row of rows) counts[(await row.locator('th').innerText()).trim()] = (await row.locator('td.number').innerText()).trim();
  return counts;
}

describe('the programme dashboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => browser?.close());

  it('opens signed in as the person named in ?as=, and signs in as another with the form', async () => {
    const { page } = browser;
    await open(page, 'per_hr');
    await expect(page.locator('#viewer').innerText()).resolves.toBe('Signed in as Pat Okoro (HR) (HR).');
    await page.getByLabel('Signed in as').selectOption('per_lead_lxp');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('body[data-ready="true"]').waitFor();
    expect(new URL(page.url()).searchParams.get('as')).toBe('per_lead_lxp');
    await expect(page.locator('#viewer').innerText()).resolves.toContain('Alex Morgan');
  });

  it("shows the Lead LXP the paper's figures: each cohort's funnel, the totals, and Table 3", async () => {
    const { page } = browser;
    await open(page, 'per_lead_lxp');
    expect(await funnel(page, /^Cohort 1/)).toMatchObject({
      Applications: '18',
      'On the programme': '12',
      Completions: '6',
      Employed: '5',
      'In post at 24 months': '5',
    });
    expect(await funnel(page, /^Cohort 2/)).toMatchObject({
      Applications: '20',
      'On the programme': '16',
      Completions: '4',
      Employed: '2',
      'In post at 24 months': '2',
    });
    expect(await funnel(page, /^All cohorts/)).toMatchObject({
      Applications: '38',
      'On the programme': '28',
      Completions: '10',
      Employed: '7',
      'In post at 24 months': '7',
    });
    const table3 = page.locator('#table3 tbody tr');
    await expect(table3.count()).resolves.toBe(7);
    await expect(page.locator('#table3').innerText()).resolves.toMatch(/100%/);
    await screenshot(page, 'dashboard-lead-lxp');
  });

  it('shows a clinician unrelated to the trainees suppressed cells and no names', async () => {
    const { page } = browser;
    await open(page, 'per_mentor_24');
    // Cohort 2's four completions are a count from 1 to 4 about people this clinician has no relation to.
    const cohort2 = await funnel(page, /^Cohort 2/);
    expect(cohort2.Completions).toBe('suppressed (1 to 4)');
    expect(cohort2['In post at 24 months']).toBe('suppressed (1 to 4)');
    expect(cohort2.Applications).toBe('20');
    await expect(page.locator('#funnel .bar .suppressed').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#table3').innerText()).resolves.toMatch(/No employments are listed for you/);
    const text = await page.locator('main').innerText();
    for (const name of ['Alex Morgan', 'Bea Okafor', 'Jodie Quinn']) expect(text).not.toContain(name);
    await screenshot(page, 'dashboard-unrelated-clinician');
  });

  it('has no serious or critical accessibility violation (WCAG 2.2 A and AA), for the Lead LXP and a clinician', async () => {
    const { page } = browser;
    for (const who of ['per_lead_lxp', 'per_mentor_24']) {
      await open(page, who);
      expect(await seriousViolations(page), who).toEqual([]);
    }
  });

  it('works offline: it asked nothing of any server but the local one', () => {
    expect(browser.offSite).toEqual([]);
  });

  it('can be used from the keyboard: the skip link, then the sign-in form', async () => {
    const { page } = browser;
    await open(page, 'per_lead_lxp');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus').innerText()).resolves.toBe('Skip to the dashboard');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus').getAttribute('id')).resolves.toBe('person');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus').innerText()).resolves.toBe('Sign in');
  });
});

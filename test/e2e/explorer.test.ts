import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, screenshot, seriousViolations, type Browser } from './support/browser';

/** Picks a person in the explorer, runs its default query and returns the API's answer as the page got it. */
async function runDefaultQueryAs(page: Page, personId: string) {
  await page.goto('/');
  await page.locator('body[data-person]').waitFor();
  await page.getByLabel('Run queries as').selectOption(personId);
  await page.locator(`body[data-person="${personId}"]`).waitFor();
  const run = page.getByRole('button', { name: /execute query/i });
  await run.waitFor();
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && !r.request().postData()?.includes('__schema'),
    ),
    run.click(),
  ]);
  const body = (await response.json()) as { data: any; errors?: Array<{ path: (string | number)[]; extensions: { code: string } }> };
  await page
    .locator('.result-window .CodeMirror-code')
    .filter({ hasText: /"(data|errors)"/ })
    .waitFor();
  return body;
}

describe('the explorer', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => browser?.close());

  it('runs a query as the Lead LXP, who reads every applicant and statement', async () => {
    const body = await runDefaultQueryAs(browser.page, 'per_lead_lxp');
    expect(body.errors).toBeUndefined();
    const cohort1 = body.data.cohorts.edges[0].node;
    expect(cohort1.applications.totalCount).toBe(18);
    expect(cohort1.applications.edges[0].node.applicant.displayName).toBe('Alex Morgan');
    expect(cohort1.applications.edges[0].node.statement).toMatch(/lived|recovery|services/);
    await expect(browser.page.locator('.result-window').innerText()).resolves.not.toContain('FORBIDDEN');
    await screenshot(browser.page, 'explorer-lead-lxp');
  });

  it('runs the same query as an unrelated mentor, who is refused the applicants and their statements', async () => {
    const body = await runDefaultQueryAs(browser.page, 'per_mentor_24');
    const cohort1 = body.data.cohorts.edges[0].node;
    expect(cohort1.applications.totalCount).toBe(18);
    expect(cohort1.applications.edges[0].node).toMatchObject({ applicant: null, statement: null });
    const refused = new Set(body.errors!.filter((e) => e.extensions.code === 'FORBIDDEN').map((e) => e.path.at(-1)));
    expect(refused).toEqual(new Set(['applicant', 'statement']));
    await expect(browser.page.locator('.result-window').innerText()).resolves.toContain('FORBIDDEN');
    await screenshot(browser.page, 'explorer-unrelated-clinician');
  });

  // GraphiQL's CodeMirror editors (third-party code) have unlabelled textareas and low-contrast syntax colours;
  // everything else on the page, the person picker and GraphiQL's toolbar included, is checked.
  it('has no serious or critical accessibility violation outside the code editors', async () => {
    await browser.page.goto('/');
    await browser.page.getByRole('button', { name: /execute query/i }).waitFor();
    const violations = await seriousViolations(browser.page, { exclude: ['.CodeMirror'] });
    expect(violations).toEqual([]);
  });
});

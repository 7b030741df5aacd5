import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

/**
 * The browser tests' one way to open a page: Debian's `chromium` (installed by `.ci/run` when missing) driven
 * by playwright-core, headless, with a fresh profile per launch and nothing that reaches the internet, against
 * the local server the test setup started (`test/support/globalSetup.ts`).
 */

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  const found = CANDIDATES.find((p): p is string => Boolean(p && existsSync(p)));
  if (!found) throw new Error('No Chromium found: install Debian\'s "chromium" package (apt-get install -y chromium) or set CHROMIUM_PATH');
  return found;
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The base URL of the local server the tests run against: the one publishing the development issuer's keys. */
export const baseUrl = (): string => new URL(inject('env').AUTH_JWKS_URI!).origin;

export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'artifacts');

export interface Browser {
  page: Page;
  /** Requests a page made to anywhere but the local server (refused). */
  offSite: string[];
  close(): Promise<void>;
}

/** A headless Chromium with a fresh user-data-dir, its first page already open at a desktop size. */
export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'lxp-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    baseURL: baseUrl(),
  });
  // Everything a page needs comes from the local server (it works offline); anything else is refused and noted.
  const offSite: string[] = [];
  await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => {
    offSite.push(route.request().url());
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    offSite,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot as test/artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The serious and critical WCAG 2.2 A/AA violations axe-core finds on the page (optionally outside some parts). */
export async function seriousViolations(page: Page, options: { exclude?: string[] } = {}) {
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  for (const selector of options.exclude ?? []) axe = axe.exclude(selector);
  const { violations } = await axe.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

// Drives the built page in headless Chromium against a running service and saves screenshots.
// Usage: BASE_URL=http://localhost:8080 node e2e/smoke.mjs [output-directory]
// It uses the system Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and never downloads one.
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

const baseUrl = process.env.BASE_URL;
if (!baseUrl) {
  throw new Error('Set BASE_URL to the service, for example BASE_URL=http://localhost:8080');
}
const outputDirectory = process.argv[2] ?? 'e2e-output';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

await mkdir(outputDirectory, { recursive: true });
const profile = await mkdtemp(join(tmpdir(), 'integrations-smoke-'));
const started = performance.now();
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
  viewport: { width: 1100, height: 800 },
});
try {
  await run(context);
  console.log(`Smoke test passed in ${Math.round(performance.now() - started)} ms; screenshots in ${outputDirectory}`);
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}

async function run(context) {
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.goto(baseUrl + '/', { waitUntil: 'networkidle' });
  assert.equal(await page.getByTestId('user-input').inputValue(), 'TestUser');
  assert.equal(await page.getByTestId('org-input').inputValue(), 'TestOrg');
  await screenshot(page, '1-start.png');

  await page.getByTestId('integration-select').click();
  await page.getByRole('option', { name: 'Airtable' }).click();
  assert.equal(await page.getByTestId('connect-button').textContent(), 'Connect to Airtable');

  await denyInPopup(page);
  await closePopup(page);
  assert.deepEqual(pageErrors, []);
}

/** Opens the popup and returns it with the authorization URL that the service returned. */
async function openPopup(page) {
  const authorizeResponse = page.waitForResponse((response) =>
    response.url().endsWith('/integrations/airtable/authorize'),
  );
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('connect-button').click()]);
  const authorized = await authorizeResponse;
  assert.equal(authorized.status(), 200);
  const consentUrl = new URL(await authorized.json());
  await popup.waitForURL((url) => url.href !== 'about:blank');
  const consentPage = await popup.waitForLoadState().then(() => popup.evaluate(() => document.title));
  console.log(`popup opened ${consentUrl.origin}${consentUrl.pathname} (title: ${JSON.stringify(consentPage)})`);
  return { popup, consentUrl };
}

/** Sends the popup to the real callback route as a provider does when the person declines. */
async function denyInPopup(page) {
  const { popup, consentUrl } = await openPopup(page);
  await screenshot(popup, '2-popup.png');
  const callback = new URL('/integrations/airtable/oauth2callback', baseUrl);
  callback.searchParams.set('error', 'access_denied');
  callback.searchParams.set('error_description', 'The user declined the request');
  callback.searchParams.set('state', consentUrl.searchParams.get('state'));
  const credentialsResponse = page.waitForResponse((response) =>
    response.url().endsWith('/integrations/airtable/credentials'),
  );

  await popup.goto(callback.href);

  const credentials = await credentialsResponse;
  const alert = page.getByTestId('error-alert');
  await alert.waitFor();
  console.log(`declined: credentials returned HTTP ${credentials.status()}, alert: ${await alert.textContent()}`);
  assert.equal(credentials.status(), 403);
  assert.equal(popup.isClosed(), false);
  await screenshot(popup, '3-popup-declined.png');
  await screenshot(page, '4-declined.png');
  await popup.close();
}

/** Closes the popup before any callback, as a person who gives up does. */
async function closePopup(page) {
  const { popup } = await openPopup(page);
  assert.equal(await page.getByTestId('error-alert').count(), 0);
  const credentialsResponse = page.waitForResponse((response) =>
    response.url().endsWith('/integrations/airtable/credentials'),
  );

  await popup.close();

  const credentials = await credentialsResponse;
  const alert = page.getByTestId('error-alert');
  await alert.waitFor();
  console.log(`closed: credentials returned HTTP ${credentials.status()}, alert: ${await alert.textContent()}`);
  assert.equal(credentials.status(), 404);
  await page.mouse.move(0, 0);
  await screenshot(page, '5-closed.png');
}

function screenshot(page, name) {
  return page.screenshot({ path: join(outputDirectory, name), fullPage: true, animations: 'disabled' });
}

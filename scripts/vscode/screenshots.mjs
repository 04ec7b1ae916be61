// Installs the packaged .vsix into a real VS Code (code-server) and checks, as a user would see it, that
// a bad draft gets squiggles and Problems-panel entries; then takes the README's screenshots.
//   node scripts/vscode/screenshots.mjs [--vsix dist/inmail.vsix] [--out DIR]
import fs from 'node:fs';
import path from 'node:path';
import { codeServerCli, launchBrowser, makeRunDir, startCodeServer } from './code-server.mjs';
import { PrerequisiteError, ROOT, ensureCodeServer, log } from './install.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? path.resolve(args[args.indexOf(name) + 1]) : fallback);
const vsix = option('--vsix', path.join(ROOT, 'dist', 'inmail.vsix'));
const out = option('--out', path.join(ROOT, 'out', 'screenshots'));
const examples = path.join(ROOT, 'examples');
const TIMEOUT = 60_000;

async function main() {
  if (!fs.existsSync(vsix)) throw new PrerequisiteError(`${vsix} is missing: run npm run package first`);
  fs.mkdirSync(out, { recursive: true });
  const node = ensureCodeServer();
  const { runDir, dirs } = makeRunDir();
  log(`installing ${path.relative(ROOT, vsix)} into a fresh VS Code profile`);
  const installed = await codeServerCli(node, dirs, ['--install-extension', vsix]);
  if (!/successfully installed/i.test(installed)) throw new Error(`--install-extension did not confirm:\n${installed}`);
  const server = await startCodeServer({ runDir, dirs });
  const browser = await launchBrowser(dirs);
  const checks = [];
  const check = (ok, what) => {
    checks.push({ ok, what });
    console.log(`  ${ok ? '✔' : '✖'} ${what}`);
  };
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    const open = async (file) => {
      const payload = JSON.stringify([['openFile', server.remote(path.join(examples, file))]]);
      await page.goto(server.url(new URLSearchParams({ folder: examples, payload })), { waitUntil: 'domcontentloaded' });
      await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: TIMEOUT });
    };
    const shot = async (name) => {
      // Fade-ins are finished first, so no picker is caught half drawn over the editor.
      await page.screenshot({ path: path.join(out, name), animations: 'disabled' });
      log(`saved ${path.relative(ROOT, path.join(out, name))}`);
    };

    await open('bad/generic-template.inmail');
    const squiggle = page.locator('.squiggly-warning, .squiggly-error').first();
    check(await squiggle.waitFor({ timeout: TIMEOUT }).then(() => true, () => false), 'a squiggle shows on the bad draft');
    const gauge = page.locator('.statusbar-item', { hasText: /Subj \d+\/200/ }).first();
    check(await gauge.waitFor({ timeout: TIMEOUT }).then(() => true, () => false), 'the character gauge is in the status bar');
    const credits = page.locator('.statusbar-item', { hasText: /InMails? · \d+\/mo/ }).first();
    check(await credits.waitFor({ timeout: TIMEOUT }).then(() => true, () => false), 'the credit estimate is in the status bar');
    await page.keyboard.press('Control+Shift+M');
    const problems = page.locator('.markers-panel .monaco-list-row', { hasText: 'generic-subject' }).first();
    check(await problems.waitFor({ timeout: TIMEOUT }).then(() => true, () => false), 'the Problems panel lists generic-subject');
    await shot('diagnostics.png');

    // The quick fixes on a generic subject over a body with material for one: click into it, then Ctrl+.
    await open('bad/generic-subject.inmail');
    await page.locator('.view-line', { hasText: 'Quick question' }).first().click();
    // The key goes to the editor only once it has focus (the Problems panel had it a moment ago).
    await page.locator('.monaco-editor.focused').first().waitFor({ timeout: TIMEOUT });
    const menu = page.locator('.action-widget, .context-view .monaco-list').first();
    const menuShown = async () => {
      await page.keyboard.press('Control+.');
      return menu.waitFor({ timeout: TIMEOUT / 4 }).then(() => true, () => false);
    };
    // Once more if the first press came before the editor had its code actions: a key press can be lost, a menu cannot.
    check((await menuShown()) || (await menuShown()), 'Ctrl+. offers quick fixes');
    await shot('quick-fix.png');
    await page.keyboard.press('Escape');

    await open('bad/too-long.inmail');
    await page.locator('.statusbar-item', { hasText: /Body [\d,]+\/400/ }).first().waitFor({ timeout: TIMEOUT });
    await page.locator('.statusbar-item', { hasText: /Body [\d,]+\/400/ }).first().hover();
    check(await page.locator('.monaco-hover', { hasText: 'RABT' }).first().waitFor({ timeout: TIMEOUT }).then(() => true, () => false), 'the gauge tooltip shows the RABT check');
    await shot('gauge.png');

    await runCommand(page, 'InMail: Show Credit Estimate');
    // The Markdown preview is a webview: an iframe holding the rendered page in another iframe.
    const preview = page.frameLocator('iframe.webview').frameLocator('iframe').locator('text=Drafts that will spend a credit');
    check(await preview.first().waitFor({ timeout: TIMEOUT }).then(() => true, () => false), 'the credit breakdown opens');
    await shot('credits.png');

    // A new draft from a template: the picker lists the snippets, Enter expands one with its tab stops.
    await runCommand(page, 'InMail: New Draft from Template');
    const picker = page.locator('.quick-input-list .monaco-list-row', { hasText: 'sales' }).first();
    check(await picker.waitFor({ timeout: TIMEOUT }).then(() => true, () => false), 'New Draft from Template lists the templates');
    await shot('templates.png');
    await page.keyboard.press('Enter');
    const drafted = page.locator('.view-line', { hasText: 'Subject:' }).first();
    check(await drafted.waitFor({ timeout: TIMEOUT }).then(() => true, () => false), 'the template expands into a draft');
    await page.locator('.statusbar-item', { hasText: /Subj \d+\/200/ }).first().waitFor({ timeout: TIMEOUT }).catch(() => {});
    await shot('new-draft.png');
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
  }
  const failedChecks = checks.filter((c) => !c.ok);
  console.log(`vsix: ${checks.length - failedChecks.length} passed, ${failedChecks.length} failed`);
  if (failedChecks.length === 0) fs.rmSync(runDir, { recursive: true, force: true });
  else log(`kept ${runDir}`);
  return failedChecks.length === 0 ? 0 : 1;
}

/**
 * Runs a command from the palette. The text goes into the palette's own input once it is there: typed
 * blind right after F1, it can land in whatever had focus before (a webview, say) and the palette stays empty.
 */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ timeout: TIMEOUT });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof PrerequisiteError ? `[vscode] ${error.message}` : error);
    process.exit(2);
  },
);

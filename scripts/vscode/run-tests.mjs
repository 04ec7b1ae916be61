// Runs the extension-host suite (test/vscode, built to out/test/vscode) inside a real VS Code:
// code-server on loopback, driven by headless Chromium. Exits with the suite's exit code, 2 on a harness error.
//   node scripts/vscode/run-tests.mjs [--web] [--screenshot FILE.png] [--workspace DIR] [--grep PATTERN] [--timeout SECONDS] [--verbose]
// --web runs the suite's web build (out/test/vscode/web) in the web worker extension host, the extension
// forced to its web kind (its `browser` entry), as vscode.dev and github.dev would run it.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, makeRunDir, startCodeServer } from './code-server.mjs';
import { PrerequisiteError, ROOT, log } from './install.mjs';

function parseArgs(argv) {
  const options = { workspace: path.join(ROOT, 'examples'), tests: path.join(ROOT, 'out', 'test', 'vscode', 'index.js'), timeout: 300, verbose: false, grep: undefined, extension: ROOT, env: {}, web: false, screenshot: undefined };
  for (let i = 0; i < argv.length; i++) {
    const value = () => argv[++i];
    if (argv[i] === '--workspace') options.workspace = path.resolve(value());
    else if (argv[i] === '--tests') options.tests = path.resolve(value());
    else if (argv[i] === '--extension') options.extension = path.resolve(value());
    else if (argv[i] === '--grep') options.grep = value();
    else if (argv[i] === '--timeout') options.timeout = Number(value());
    else if (argv[i] === '--verbose') options.verbose = true;
    else if (argv[i] === '--screenshot') options.screenshot = path.resolve(value());
    else if (argv[i] === '--web') {
      options.web = true;
      if (!argv.includes('--tests')) options.tests = path.join(ROOT, 'out', 'test', 'vscode', 'web', 'index.js');
    }
    else if (argv[i] === '--env') {
      const [key, ...rest] = value().split('=');
      options.env[key] = rest.join('=');
    }
    else throw new PrerequisiteError(`unknown argument ${argv[i]}`);
  }
  return options;
}

function forceWebExtensionKind(dirs) {
  const file = path.join(dirs['user-data'], 'User', 'settings.json');
  const settings = JSON.parse(fs.readFileSync(file, 'utf8'));
  settings['remote.extensionKind'] = { 'inmail.inmail': ['web'] };
  fs.writeFileSync(file, JSON.stringify(settings, null, 2));
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(options.tests)) throw new PrerequisiteError(`${options.tests} is missing: run node scripts/build.mjs --tests first`);
  const { runDir, dirs } = makeRunDir();
  // An extension with both entries runs in the Node host wherever there is one. The payload's
  // extensionDevelopmentKind is not read by the web workbench (4.139), so the user setting picks the web worker's.
  if (options.web) forceWebExtensionKind(dirs);
  // The suite edits drafts; it works on a copy, so no run (passing, failing or killed) can change the real files.
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(options.workspace, workspace, { recursive: true });
  const resultsFile = path.join(runDir, 'test-output.txt');
  const workbenchLog = path.join(runDir, 'workbench.log');
  const env = { ...options.env, INMAIL_TEST_RESULTS: resultsFile, ...(options.grep ? { INMAIL_VSCODE_GREP: options.grep } : {}) };
  // The web worker's host has no environment: its suite reads the grep from this file beside the workspace.
  fs.writeFileSync(path.join(runDir, 'test-options.json'), JSON.stringify({ grep: options.grep ?? null }));
  const server = await startCodeServer({ runDir, dirs, env, verbose: options.verbose });
  let browser;
  let exitCode = 2;
  const cleanup = async () => {
    try {
      if (browser) await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 5000))]);
    } catch {
      // closing anyway
    }
    await server.stop();
    if (exitCode === 0) fs.rmSync(runDir, { recursive: true, force: true });
    else log(`kept ${runDir} (code-server.log, workbench.log, test-output.txt)`);
  };
  // process.on, not once: playwright's exit hook re-raises a signal nobody else listens to, skipping cleanup.
  let signalled = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (signalled) return;
      signalled = true;
      cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
  let printed = 0;
  const printResults = () => {
    if (!fs.existsSync(resultsFile)) return;
    const text = fs.readFileSync(resultsFile, 'utf8');
    // The web suite rewrites the whole file each time: a read caught mid-write is shorter, never a reason to print again.
    if (text.length <= printed) return;
    process.stdout.write(text.slice(printed));
    printed = text.length;
  };
  const errors = [];
  try {
    browser = await launchBrowser(dirs);
    let reportExit;
    const exited = new Promise((resolve) => (reportExit = resolve));
    // Exposed on the context before navigation, so the workbench finds them as it starts.
    await browser.exposeFunction('codeAutomationExit', (code) => reportExit({ code }));
    await browser.exposeFunction('codeAutomationLog', (level, message) => {
      const line = `[${level}] ${String(message)}`;
      fs.appendFileSync(workbenchLog, `${line}\n`);
      if (options.verbose) console.log(line);
      else if (level === 'error' && !/^Canceled\b/.test(String(message))) errors.push(line.split('\n').slice(0, 25).join('\n'));
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    page.on('crash', () => reportExit({ code: 2, crashed: true }));
    // The web worker extension host and its workers log to the browser's console, not the workbench log.
    const consoleLine = (where) => (message) => fs.appendFileSync(workbenchLog, `[${where} console.${message.type()}] ${message.text()}\n`);
    page.on('console', consoleLine('page'));
    page.on('worker', (worker) => worker.on('console', consoleLine(`worker ${worker.url().slice(0, 80)}`)));
    page.on('pageerror', (error) => fs.appendFileSync(workbenchLog, `[page error] ${error.stack ?? error}\n`));
    const payload = [
      ['extensionDevelopmentPath', server.remote(options.extension)],
      ['extensionTestsPath', server.remote(options.tests)],
    ];
    const query = new URLSearchParams({ folder: workspace, payload: JSON.stringify(payload) });
    log(`running the extension-host suite in VS Code (code-server${options.web ? ', web worker extension host' : ''}) on a copy of ${path.relative(ROOT, options.workspace) || options.workspace}`);
    await page.goto(server.url(query), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    // A test asks for the screenshot by a file beside the workspace and waits for the answer file; the
    // request is never touched here, since the editor may still be writing it.
    const screenshotRequest = path.join(runDir, 'screenshot-request');
    let answered = false;
    const answerScreenshot = async () => {
      if (answered || !fs.existsSync(screenshotRequest)) return;
      answered = true;
      if (options.screenshot) {
        await page.mouse.move(0, 0);
        await page.screenshot({ path: options.screenshot, animations: 'disabled' }).catch((error) => log(`screenshot failed: ${error.message}`));
        log(`saved ${path.relative(ROOT, options.screenshot)}`);
      }
      fs.writeFileSync(path.join(runDir, 'screenshot-taken'), options.screenshot ? 'taken' : 'not wanted');
    };
    const poll = setInterval(() => {
      printResults();
      void answerScreenshot();
    }, 250);
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve({ timedOut: true }), options.timeout * 1000)));
    const result = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    clearInterval(poll);
    printResults();
    if (result.timedOut) {
      log(`the suite did not finish within ${options.timeout} s`);
      await page.screenshot({ path: path.join(runDir, 'timeout.png') }).catch(() => {});
    } else {
      exitCode = Number.isInteger(result.code) ? result.code : 2;
    }
    if (exitCode !== 0 && errors.length) {
      log('errors the workbench logged:');
      for (const e of errors.slice(-10)) console.log(e);
    }
  } finally {
    await cleanup();
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof PrerequisiteError ? `[vscode] ${error.message}` : error);
    process.exit(2);
  },
);

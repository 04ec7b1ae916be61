// `npm run package`: a production build, then dist/inmail.vsix, then a check of what the package holds.
// Exits non-zero when any step fails, so CI never installs a stale or broken package.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReadme, vsixEntries, vsixFile } from './vsix.mjs';

const root = join(import.meta.dirname, '..');
const vsix = join(root, 'dist', 'inmail.vsix');

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`package: ${[cmd, ...args].join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
    process.exit(1);
  }
}

run(process.execPath, ['scripts/build.mjs', '--production']);
run(join(root, 'node_modules', '.bin', 'vsce'), [
  'package',
  // dist/ holds esbuild bundles with every dependency inside: node_modules is not needed at run time,
  // and without this flag vsce would run `npm list` and pack the dev dependencies' tree.
  '--no-dependencies',
  // There is no public repository yet. Without a repository vsce asks on the terminal (and CI has none),
  // so this flag says the field is missing on purpose; homepage and bugs are left out for the same reason.
  '--allow-missing-repository',
  // vsce would rewrite the README's relative links to a repository's URLs, which do not exist yet. Left
  // relative, each names a file inside the package (the check below makes sure of it), which the
  // installed README, its Markdown preview and the walkthrough read. VS Code's details page shows
  // only https images (its CSP and sanitizer drop relative ones): once a public repository exists, drop
  // this flag and add `repository`, and vsce points the README's pictures at it.
  '--no-rewrite-relative-links',
  '--out', vsix,
]);

const entries = vsixEntries(vsix);
const problems = [];
// vsce stores the README as extension/readme.md; the details page reads it from there.
const readmeEntry = entries.find((e) => e.toLowerCase() === 'extension/readme.md');
const readme = readmeEntry && vsixFile(vsix, readmeEntry);
if (!readme) problems.push('README.md is not in the package');
else for (const { kind, target } of checkReadme(readme.toString('utf8'), entries)) problems.push(`README.md's ${kind} ${target} is not in the package (add it to .vscodeignore's allow-list)`);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const media = [pkg.icon, ...pkg.contributes.walkthroughs.flatMap((w) => w.steps.map((s) => s.media.image ?? s.media.markdown ?? s.media.svg))];
for (const file of media) if (!entries.includes(`extension/${file}`)) problems.push(`${file}, named in package.json, is not in the package`);
if (problems.length) {
  for (const p of problems) console.error(`package: ${p}`);
  process.exit(1);
}
console.log(`package: ${vsix} (${entries.length} files); README's images and links, the icon and the walkthrough's media all inside`);
if (!existsSync(vsix)) process.exit(1);

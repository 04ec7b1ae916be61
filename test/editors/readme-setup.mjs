// The editor setups the README gives, read from it, so the editor tests run what a user copies.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const README = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md');

/** The fenced `lang` block in the README's section that starts with `heading` (a bold editor name). */
export function readmeBlock(heading, lang) {
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(heading);
  if (start < 0) throw new Error(`README has no section ${heading}`);
  const section = readme.slice(start, readme.indexOf('\n**', start + heading.length));
  const block = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].find((m) => m[1] === lang);
  if (!block) throw new Error(`README's ${heading} has no ${lang} block`);
  return block[2];
}

// What a .vsix holds, read from the file itself (a zip): its entry names, and the README's image and link
// targets that do not resolve inside it. Used by `npm run package` and the packaged-.vsix check.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import MarkdownIt from 'markdown-it';

/** The zip's entries, from its central directory: name, and where and how the data is stored. */
function centralDirectory(zip, file) {
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KiB.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error(`${file} is not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  const entries = [];
  for (let at = zip.readUInt32LE(end + 16), i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: broken central directory at entry ${i}`);
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), method: zip.readUInt16LE(at + 10), size: zip.readUInt32LE(at + 20), header: zip.readUInt32LE(at + 42) });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** Entry names of a .vsix. */
export function vsixEntries(file) {
  return centralDirectory(readFileSync(file), file).map((e) => e.name);
}

/** One entry's contents (stored or deflated, the two methods vsce writes). */
export function vsixFile(file, name) {
  const zip = readFileSync(file);
  const entry = centralDirectory(zip, file).find((e) => e.name === name);
  if (!entry) return undefined;
  const data = entry.header + 30 + zip.readUInt16LE(entry.header + 26) + zip.readUInt16LE(entry.header + 28);
  const raw = zip.subarray(data, data + entry.size);
  if (entry.method === 0) return raw;
  if (entry.method === 8) return inflateRawSync(raw);
  throw new Error(`${file}: ${name} uses zip method ${entry.method}`);
}

/** Every image source and link target in a Markdown text, as written (HTML <img> and <a> included). */
export function markdownTargets(markdown) {
  const targets = [];
  const walk = (tokens) => {
    for (const token of tokens) {
      if (token.type === 'image') targets.push({ kind: 'image', target: token.attrGet('src'), alt: token.content });
      if (token.type === 'link_open') targets.push({ kind: 'link', target: token.attrGet('href') });
      if (token.type === 'html_block' || token.type === 'html_inline') {
        for (const tag of token.content.matchAll(/<(img|a)\b[^>]*>/gi)) {
          const attribute = /\b(?:src|href)="([^"]*)"/i.exec(tag[0]);
          const alt = /\balt="([^"]*)"/i.exec(tag[0]);
          if (attribute) targets.push({ kind: tag[1].toLowerCase() === 'img' ? 'image' : 'link', target: attribute[1], alt: alt?.[1] });
        }
      }
      if (token.children) walk(token.children);
    }
  };
  walk(new MarkdownIt({ html: true }).parse(markdown, {}));
  return targets;
}

/**
 * The README's relative image and link targets that are not in the package. VS Code's details page
 * resolves them against the installed extension's folder, so each must be a file there (or a folder of files).
 */
export function checkReadme(readmeText, entries) {
  const missing = [];
  for (const { kind, target } of markdownTargets(readmeText)) {
    // Absolute URLs and in-page anchors are not the package's to hold.
    if (!target || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue;
    const path = decodeURI(target.split('#')[0].split('?')[0]).replace(/^\.\//, '').replace(/\/$/, '');
    const inside = `extension/${path}`;
    if (!entries.includes(inside) && !entries.some((e) => e.startsWith(`${inside}/`))) missing.push({ kind, target });
  }
  return missing;
}

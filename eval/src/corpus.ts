/** The labelled corpus: JSON Lines under eval/dev and eval/test, split once by eval/split.mjs. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Lang = 'en' | 'de' | 'fr' | 'es';
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es'];

interface Row {
  id: string;
  lang: Lang;
  kind: string;
  messageKind?: 'inmail' | 'connection';
  to?: string;
  company?: string;
  subject?: string;
  body: string;
  reason: string;
  source: string;
}

export interface SubjectCase extends Row {
  subject: string;
  label: 'generic' | 'specific';
  why: string;
}

export interface BodyCase extends Row {
  personal: boolean;
  ask: boolean;
  hook: string | null;
  hookWords: string[];
  personalWhy?: string;
  register?: 'formal' | 'informal';
}

export interface Half {
  subjects: SubjectCase[];
  bodies: BodyCase[];
}

function readJsonLines(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line);
      } catch (error) {
        throw new Error(`${path}:${i + 1}: ${(error as Error).message}`);
      }
    });
}

export function readHalf(dir: string): Half {
  const half: Half = { subjects: [], bodies: [] };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const row of readJsonLines(join(dir, name)) as (SubjectCase | BodyCase)[]) {
      if ('label' in row) half.subjects.push(row);
      else half.bodies.push(row);
    }
  }
  return half;
}

/** The draft as a writer would keep it, so the rules read it exactly as they read a real file. */
export function draftText(c: Row & { subject?: string }): string {
  // A connection note has no subject line on LinkedIn.
  const headers = c.messageKind === 'connection' ? [] : [`Subject: ${c.subject ?? ''}`];
  if (c.to) headers.push(`To: ${c.to}`);
  if (c.company) headers.push(`Company: ${c.company}`);
  if (c.messageKind === 'connection') headers.push('Kind: connection');
  return `${headers.join('\n')}\n\n${c.body.trim()}\n`;
}

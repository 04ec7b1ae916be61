/** Which CSV holds a draft's recipients. */
import * as assert from 'node:assert/strict';
import { parseDocument, recipientsSource } from '../../../server/src/engine';

describe('recipientsSource', () => {
  const header = (value: string) => parseDocument(`Recipients: ${value}\nSubject: Hi\n\nHi {{first_name}}`);
  const cases: { name: string; draft: string; doc: ReturnType<typeof parseDocument>; path: string | undefined }[] = [
    { name: 'a header, relative to the draft', draft: '/work/q4/founders.inmail', doc: header('leads.csv'), path: '/work/q4/leads.csv' },
    { name: 'a header with ./ and ../', draft: '/work/q4/founders.inmail', doc: header('../lists/./leads.csv'), path: '/work/lists/leads.csv' },
    { name: 'a header in quotes', draft: '/work/q4/founders.inmail', doc: header('"my leads.csv"'), path: '/work/q4/my leads.csv' },
    { name: 'an absolute header', draft: '/work/q4/founders.inmail', doc: header('/data/leads.csv'), path: '/data/leads.csv' },
    { name: 'a Windows path', draft: 'C:\\work\\q4\\founders.inmail', doc: header('lists\\leads.csv'), path: 'C:\\work\\q4\\lists\\leads.csv' },
    { name: 'a URI draft (a virtual file system)', draft: 'vscode-vfs://github/acme/drafts/q4/founders.inmail', doc: header('../leads.csv'), path: 'vscode-vfs://github/acme/drafts/leads.csv' },
    { name: 'no header: the CSV beside the draft with its base name', draft: '/work/q4/founders.inmail', doc: parseDocument('Subject: Hi\n\nHi'), path: '/work/q4/founders.csv' },
    { name: 'an empty header names nothing', draft: '/work/q4/founders.inmail', doc: header(''), path: undefined },
  ];
  for (const c of cases) {
    it(c.name, () => assert.equal(recipientsSource(c.doc, c.draft)?.path, c.path));
  }

  it('only the first message names the list', () => {
    const doc = parseDocument('Subject: Hi\n\nHi {{first_name}}\n---\nRecipients: other.csv\n\nAgain');
    assert.equal(recipientsSource(doc, '/w/d.inmail')?.path, '/w/d.csv');
  });
});

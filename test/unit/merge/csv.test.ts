/** Reading a recipients CSV as spreadsheets write it. */
import * as assert from 'node:assert/strict';
import { isTable, parseRecipients, type RecipientTable } from '../../../server/src/engine';

function table(csv: string): RecipientTable {
  const parsed = parseRecipients(csv);
  assert.ok(isTable(parsed), `expected a table, got ${JSON.stringify(parsed)}`);
  return parsed;
}

describe('parseRecipients', () => {
  const cases: { name: string; csv: string; columns: string[]; rows: { line: number; name: string; values: string[] }[] }[] = [
    {
      name: 'comma-separated, LF',
      csv: 'first_name,last_name,company\nDana,Whitfield,Acme\nBo,Chen,Globex\n',
      columns: ['first_name', 'last_name', 'company'],
      rows: [{ line: 2, name: 'Dana Whitfield', values: ['Dana', 'Whitfield', 'Acme'] }, { line: 3, name: 'Bo Chen', values: ['Bo', 'Chen', 'Globex'] }],
    },
    {
      name: 'quoted fields with commas, doubled quotes and line breaks (lines follow the breaks)',
      csv: 'name,company,note\n"Whitfield, Dana","Acme, Inc","said ""hi""\non two lines"\nBo Chen,Globex,x\n',
      columns: ['name', 'company', 'note'],
      rows: [{ line: 2, name: 'Whitfield, Dana', values: ['Whitfield, Dana', 'Acme, Inc', 'said "hi"\non two lines'] }, { line: 4, name: 'Bo Chen', values: ['Bo Chen', 'Globex', 'x'] }],
    },
    {
      name: 'a byte-order mark, CRLF and semicolons (as European Excel saves)',
      csv: '\ufeffVorname;Firma\r\nJürgen;"Müller; Söhne"\r\n',
      columns: ['Vorname', 'Firma'],
      rows: [{ line: 2, name: 'row 2', values: ['Jürgen', 'Müller; Söhne'] }],
    },
    {
      name: 'tab-separated, blank lines skipped but counted, values trimmed',
      csv: 'First Name\tcompany\n\n  Dana \t Acme\n\n\nBo\tGlobex',
      columns: ['First Name', 'company'],
      rows: [{ line: 3, name: 'Dana', values: ['Dana', 'Acme'] }, { line: 6, name: 'Bo', values: ['Bo', 'Globex'] }],
    },
    {
      name: 'short rows padded with empty values; one column',
      csv: 'email\na@example.com\n',
      columns: ['email'],
      rows: [{ line: 2, name: 'row 2', values: ['a@example.com'] }],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const t = table(c.csv);
      assert.deepEqual(t.columns, c.columns);
      assert.deepEqual(t.rows.map((r) => ({ line: r.line, name: r.name, values: r.values })), c.rows);
      assert.deepEqual(t.problems, []);
    });
  }

  it('matches columns as merge fields: case, spaces, _ and - do not count', () => {
    assert.deepEqual(table('First Name,last-name,COMPANY_NAME\n').keys, ['firstname', 'lastname', 'companyname']);
  });

  it('pads a short row and reports a row with more values than columns, keeping the rest', () => {
    const t = table('first_name,company\nDana\nBo,Globex,extra\nPriya,Initech\n');
    assert.deepEqual(t.rows.map((r) => r.values), [['Dana', ''], ['Bo', 'Globex'], ['Priya', 'Initech']]);
    assert.deepEqual(t.problems, [{ line: 3, message: 'this row has 3 values for 2 columns (a separator inside a value that is not quoted?)' }]);
  });

  const errors: { name: string; csv: string; message: RegExp; line: number }[] = [
    { name: 'an empty file', csv: '', message: /empty/, line: 1 },
    { name: 'only blank lines', csv: '\n\n  \n', message: /empty/, line: 1 },
    { name: 'a quote never closed', csv: 'name,company\nDana,Acme\nBo,"Globex, Inc\nPriya,Initech\n', message: /never closed/, line: 3 },
    { name: 'a binary file (an .xlsx renamed)', csv: 'PK\u0003\u0004\u0000\u0000junk', message: /binary file, not CSV/, line: 1 },
  ];
  for (const c of errors) {
    it(`says why it cannot read ${c.name}, and where`, () => {
      const parsed = parseRecipients(c.csv);
      assert.ok(!isTable(parsed));
      assert.match(parsed.error.message, c.message);
      assert.equal(parsed.error.line, c.line);
    });
  }
});

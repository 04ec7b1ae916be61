import * as assert from 'node:assert/strict';
import { lint, parseRecipients } from '../../../server/src/engine';
import { testRule } from '../../helpers/rule-tester';

const draft = `Recipients: leads.csv\nSubject: Your post on {{recent_post}}\n\nHi {{first_name}},\n\nI read your post on {{recent_post}}. Would a 15-minute call next Tuesday help?`;

testRule('empty-merge-value', {
  valid: [
    { name: 'every used value filled', text: draft, recipients: 'first_name,recent_post,unused\nDana,remote onboarding,\nBo,on-call rotations,\n' },
    { name: 'no recipients', text: draft },
    { name: 'an empty column the draft does not use', text: 'Recipients: leads.csv\nSubject: Hi\n\nHi {{first_name}}, would a call next Tuesday help?', recipients: 'first_name,recent_post\nDana,\n' },
  ],
  invalid: [
    {
      name: 'one empty value, reported at each place the field is used, naming the recipient',
      text: draft,
      recipients: 'first_name,last_name,recent_post\nDana,Whitfield,remote onboarding\nBo,Chen,\n',
      problems: [
        { line: 2, covers: '{{recent_post}}', message: '{{recent_post}} is empty for 1 of 2 recipients: Bo Chen. Their message would have a hole here' },
        { line: 6, covers: '{{recent_post}}' },
      ],
    },
    {
      name: 'values of only spaces are empty; many recipients: three named, the count says the rest',
      text: 'Recipients: leads.csv\nSubject: Hi\n\nHi {{first_name}}, would a call next Tuesday help?',
      recipients: 'first_name,company\n  ,A\n,B\n,C\n,D\nEm,E\n',
      problems: [{ covers: '{{first_name}}', message: '{{first_name}} is empty for 4 of 5 recipients: row 2, row 3, row 4 and more.' }],
    },
  ],
});

describe('empty-merge-value related information', () => {
  it('lists the rows once per column, at its first place: every diagnostic is sent again on each keystroke', () => {
    const parsed = parseRecipients('first_name,last_name,recent_post\nDana,Whitfield,remote onboarding\nBo,Chen,\n');
    const result = lint(draft, undefined, { recipients: { path: '/d/leads.csv', named: true, parsed }, renderRecipients: false });
    const empty = result.problems.filter((p) => p.ruleId === 'empty-merge-value');
    assert.deepEqual(empty.map((p) => p.related?.map((r) => [r.line, r.message])), [[[3, 'Bo Chen: "recent_post" is empty']], undefined]);
  });

  it('lists the same rows as the same list on the next lint against the table, so the server encodes them once', () => {
    const parsed = parseRecipients('first_name,last_name,recent_post\nDana,Whitfield,remote onboarding\nBo,Chen,\n');
    const related = (path: string, text = draft) => lint(text, undefined, { recipients: { path, named: true, parsed }, renderRecipients: false }).problems.find((p) => p.related)?.related;
    const first = related('/d/leads.csv');
    assert.equal(related('/d/leads.csv', `${draft} Thanks!`), first);
    assert.deepEqual(related('/e/leads.csv')?.map((r) => r.path), ['/e/leads.csv'], 'another path, its own list');
  });
});

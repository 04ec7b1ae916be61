import type { AttachedRecipients } from '../../../server/src/engine';
import { testRule } from '../../helpers/rule-tester';

const draft = `Recipients: leads.csv\nSubject: Your post on {{recent_post}}\n\nHi {{first_name}},\n\nI read your post on {{recent_post}}. Would a 15-minute call next Tuesday help?`;
const missing: AttachedRecipients = { path: '/drafts/leads.csv', named: true, parsed: { error: { message: 'cannot be read: no such file or directory', line: 0 } } };
const beside: AttachedRecipients = { path: '/drafts/q4.csv', named: false, parsed: { error: { message: 'a quoted value is never closed (a " is missing)', line: 7 } } };

testRule('recipients-file', {
  valid: [
    { name: 'a CSV that reads', text: draft, recipients: 'first_name,recent_post\nDana,remote onboarding\n' },
    { name: 'no recipients', text: draft },
  ],
  invalid: [
    {
      name: 'a missing file: on the header value, with the path as written',
      text: draft,
      recipients: missing,
      problems: [{ line: 1, covers: 'leads.csv', message: 'Recipients file leads.csv: cannot be read: no such file or directory. Recipients are not checked until it reads.' }],
    },
    {
      name: 'not CSV: the line where reading stopped',
      text: draft,
      recipients: 'first_name,recent_post\nDana,remote onboarding\nBo,"on-call\n',
      problems: [{ covers: 'leads.csv', message: 'Recipients file leads.csv, line 3: a quoted value is never closed' }],
    },
    {
      name: 'the CSV beside the draft (no header): on the first line, named by its file name',
      text: 'Subject: Your post on {{recent_post}}\n\nHi {{first_name}}, would a call next Tuesday help?',
      recipients: beside,
      problems: [{ line: 1, covers: 'Subject: Your post on {{recent_post}}', message: 'Recipients file q4.csv, line 7:' }],
    },
    {
      name: 'a row with more values than columns: reported, the rest still read',
      text: draft,
      recipients: 'first_name,recent_post\nDana,remote onboarding\nBo,on-call, rotations\n',
      problems: [{ message: 'Recipients file leads.csv, line 3: this row has 3 values for 2 columns' }],
    },
  ],
});

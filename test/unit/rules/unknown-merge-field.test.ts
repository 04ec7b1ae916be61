import { testRule } from '../../helpers/rule-tester';

const CSV = 'first_name,Company Name,recent-post\nDana,Northwind,remote onboarding\nBo,Globex,on-call rotations\n';
const draft = (greeting: string, extra = '') => `Recipients: leads.csv\nSubject: Your post on {{recent_post}}\n\n${greeting}\n\nI read your post on {{recent_post}}${extra}. Would a 15-minute call next Tuesday help?`;

testRule('unknown-merge-field', {
  valid: [
    { name: 'every field is a column', text: draft('Hi {{first_name}},'), recipients: CSV },
    { name: 'case, spaces, _ and - do not count', text: draft('Hi {{ First Name }},', ' at {{company_name}} and {{COMPANY-NAME}}'), recipients: CSV },
    { name: 'no recipients: the sending tool fills the fields', text: draft('Hi {{frist_name}},') },
    { name: 'the recipients file cannot be read: recipients-file says so instead', text: draft('Hi {{frist_name}},'), recipients: 'first_name\n"Dana\n' },
  ],
  invalid: [
    {
      name: 'a typo, with did-you-mean and a quick fix',
      text: draft('Hi {{frist_name}},'),
      recipients: CSV,
      problems: [{ message: 'No column of leads.csv is named "frist_name": every recipient would get {{frist_name}} as written. Did you mean {{first_name}}?', line: 4, covers: '{{frist_name}}', suggestions: ['Change to {{first_name}}'] }],
    },
    {
      name: 'nothing close: the columns are listed',
      text: draft('Hi {{first_name}},', ' and your {{favourite_colour}}'),
      recipients: CSV,
      problems: [{ message: 'Its columns: first_name, Company Name, recent-post.', covers: '{{favourite_colour}}' }],
    },
    {
      name: 'in a subject and twice in a body: each place',
      text: `Recipients: leads.csv\nSubject: On {{recnt_post}}\n\nHi {{first_name}}, {{recnt_post}} and {{recnt_post}}. Would a call next Tuesday help?`,
      recipients: CSV,
      problems: [{ line: 2, covers: '{{recnt_post}}', message: /Did you mean \{\{recent-post\}\}\?/ }, { line: 4 }, { line: 4 }],
    },
  ],
});

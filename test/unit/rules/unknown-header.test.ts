import { testRule } from '../../helpers/rule-tester';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

const BODY = 'Hi Dana,\n\nLoved your KubeCon talk on eBPF. Open to comparing notes?';

testRule('unknown-header', {
  valid: [
    {
      name: 'every known header',
      text: `Subject: Your KubeCon talk on eBPF\nTo: Dana Lee\nCompany: Isovalent\nKind: inmail\nSend: 2026-12-01 09:00\nStatus: draft\nOpen-Profile: no\n\n${BODY}`,
    },
    { name: 'header names in any case', text: `subject: Your KubeCon talk on eBPF\nTO: Dana Lee\nOPEN-PROFILE: yes\n\n${BODY}` },
    {
      name: 'colons in body lines after the blank line are not headers',
      text: `Subject: Your KubeCon talk on eBPF\n\nHi Dana,\n\nContext: we met at the Cilium booth.\nP.S: the slides are great. Open to comparing notes?`,
    },
    { name: 'a body with no header block may start with "Update:"', text: `Update: we just shipped the eBPF exporter you asked about.\n\nWant a demo?` },
    {
      name: 'follow-up headers',
      text: `Subject: Your KubeCon talk on eBPF\nSend: 2026-12-01 09:00\n\n${BODY}\n---\nSend: 2026-12-08 09:00\nStatus: draft\n\nHi Dana, bumping this. Would Thursday work?`,
    },
    { name: 'CRLF', text: crlf(`Subject: Your KubeCon talk on eBPF\nTo: Dana Lee\n\n${BODY}`) },
    { name: '"Hi Dana:" can never be a header (it has a space)', text: `Subject: Your KubeCon talk on eBPF\nHi Dana: loved the talk. Open to comparing notes?` },
  ],
  invalid: [
    {
      name: 'typo: Compnay',
      text: `Subject: Your KubeCon talk on eBPF\nCompnay: Isovalent\n\n${BODY}`,
      problems: [
        {
          message: 'Unknown header "Compnay". Did you mean "Company"?',
          line: 2,
          covers: 'Compnay',
          fixed: `Subject: Your KubeCon talk on eBPF\nCompany: Isovalent\n\n${BODY}`,
          suggestions: ['Change "Compnay" to "Company"'],
        },
      ],
    },
    {
      name: 'Sent: meant Send:',
      text: `Subject: Your KubeCon talk on eBPF\nSent: 2026-12-01 09:00\n\n${BODY}`,
      problems: [{ message: 'Did you mean "Send"?', covers: 'Sent', fixed: `Subject: Your KubeCon talk on eBPF\nSend: 2026-12-01 09:00\n\n${BODY}` }],
    },
    {
      name: 'OpenProfile without the hyphen',
      text: `Subject: Your KubeCon talk on eBPF\nOpenProfile: yes\n\n${BODY}`,
      problems: [{ message: 'Did you mean "Open-Profile"?', covers: 'OpenProfile', fixed: `Subject: Your KubeCon talk on eBPF\nOpen-Profile: yes\n\n${BODY}` }],
    },
    {
      name: 'a header nothing like a known one: no fix, the list of known headers',
      text: `Subject: Your KubeCon talk on eBPF\nTitle: Staff Engineer\n\n${BODY}`,
      problems: [{ message: 'Unknown header "Title". Known headers: Subject, To, Company, Kind, Send, Status, Open-Profile, Degree, Recipients, Language.', line: 2, covers: 'Title' }],
    },
    {
      name: 'the body written right under the headers, starting "Note:"',
      text: `Subject: Your KubeCon talk on eBPF\nNote: loved the talk. Open to comparing notes?`,
      problems: [{ message: 'If this line is the body, put a blank line above it.', line: 2, covers: 'Note' }],
    },
    {
      name: 'CRLF: the fix keeps the line endings',
      text: crlf(`Subject: Your KubeCon talk on eBPF\nCompnay: Isovalent\n\n${BODY}`),
      problems: [{ covers: 'Compnay', fixed: crlf(`Subject: Your KubeCon talk on eBPF\nCompany: Isovalent\n\n${BODY}`) }],
    },
    {
      name: 'in a follow-up',
      text: `Subject: Your KubeCon talk on eBPF\n\n${BODY}\n---\nSend: 2026-12-08 09:00\nStatuss: draft\n\nHi Dana, bumping this. Would Thursday work?`,
      problems: [{ message: 'Did you mean "Status"?', line: 8, covers: 'Statuss' }],
    },
    {
      name: 'connection note with a typo',
      text: `Kind: connection\nTo: Dana Lee\nCompnay: Isovalent\n\nHi Dana, loved your KubeCon talk. Would be glad to connect.`,
      problems: [{ line: 3, covers: 'Compnay' }],
    },
    {
      // The most common typo is in the first line, which decides whether there is a header block at all.
      name: 'typo in the first header line: Subjet',
      text: `Subjet: Your KubeCon talk on eBPF\nTo: Dana Lee\n\n${BODY}`,
      problems: [
        {
          message: 'Did you mean "Subject"?',
          line: 1,
          covers: 'Subjet',
          fixed: `Subject: Your KubeCon talk on eBPF\nTo: Dana Lee\n\n${BODY}`,
        },
      ],
    },
  ],
});

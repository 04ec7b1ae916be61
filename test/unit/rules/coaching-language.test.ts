import * as assert from 'node:assert/strict';
import { applyEdits, lint } from '../../../server/src/engine';
import { problemsOf, testRule } from '../../helpers/rule-tester';

const PORTUGUESE = 'Olá Mariana,\n\nli o seu artigo sobre a migração da plataforma de pagamentos para a nuvem. Trabalho numa empresa que ajuda equipas de engenharia a monitorizar estes custos.\n\nTeria disponibilidade para uma conversa na próxima semana?';
const SPANISH = 'Hola Marta,\n\nleí tu artículo sobre la migración de la plataforma de pagos a la nube y me gustó mucho cómo el equipo redujo los costes.\n\n¿Tendrías 15 minutos la semana que viene?';
const HINDI = 'नमस्ते राहुल,\n\nमैंने आपकी पोस्ट पढ़ी। हमारी टीम छोटे व्यवसायों के लिए भुगतान का सॉफ़्टवेयर बनाती है।\n\nक्या हम अगले हफ्ते बात कर सकते हैं?';

testRule('coaching-language', {
  valid: [
    { name: 'an English draft', text: 'Subject: Your KubeCon talk on eBPF\n\nHi Dana, loved your KubeCon talk on eBPF. Open to comparing notes?' },
    { name: 'a Spanish draft', text: `Subject: Tu artículo sobre la migración\n\n${SPANISH}` },
    { name: 'a short German connection note', text: 'Kind: connection\n\nHallo Jan, gerne vernetzen!' },
    { name: 'a Portuguese draft whose header says Spanish', text: `Subject: Pagamentos\nLanguage: es\n\n${PORTUGUESE}` },
    { name: 'a header-only draft with no body', text: 'Subject: Pagamentos\nLanguage: pt\n' },
  ],
  invalid: [
    {
      name: 'a Portuguese draft, on the first line of its body',
      text: `Subject: Uma pergunta\n\n${PORTUGUESE}`,
      problems: [
        {
          message: /^This draft reads as Portuguese \(pt\): the copy rules \(generic-subject, missing-personalization and no-ask\) cover English, German, French and Spanish, so they do not judge it\. If it is in one of those, a Language: header says which/,
          line: 3,
          covers: 'Olá Mariana,',
          suggestions: ['Coach it as English (Language: en)', 'Coach it as Spanish (Language: es)'],
        },
      ],
    },
    {
      name: 'a Hindi draft',
      text: `Subject: एक सवाल\n\n${HINDI}`,
      problems: [{ message: 'This draft reads as Hindi (hi)', covers: 'नमस्ते राहुल,' }],
    },
    {
      name: 'a Language header naming another language, on the header',
      text: `Subject: Tu artículo\nLanguage: pt-BR\n\n${SPANISH}`,
      problems: [{ message: 'Language: pt-BR reads as Portuguese (pt)', line: 2, covers: 'pt-BR', suggestions: ['Coach it as Spanish (Language: es)'] }],
    },
    {
      name: 'once per thread, on the first message in another language',
      text: `Subject: Hello\n\nHi Mariana, loved your article on payments. Open to a call next week?\n---\n\n${PORTUGUESE}\n---\n\n${PORTUGUESE}`,
      problems: [{ message: 'This follow-up reads as Portuguese (pt)', line: 6 }],
    },
    {
      name: 'a follow-up inherits the first message\'s Language header',
      text: `Subject: Uma pergunta\nLanguage: Português\n\n${PORTUGUESE}\n---\n\nHi Mariana, any thoughts on the above?`,
      problems: [{ message: 'Language: Português reads as Portuguese (pt)', line: 2 }],
    },
  ],
});

describe('rule coaching-language: quick fixes', () => {
  it('adds a Language header under the others, after which the rule is satisfied', () => {
    const text = `Subject: Uma pergunta\nTo: Mariana Costa\n\n${PORTUGUESE}`;
    const [problem] = problemsOf('coaching-language', text);
    const fix = problem.suggestions!.find((s) => s.title.includes('Language: es'))!;
    const fixed = applyEdits(text, fix.edits);
    assert.ok(fixed.startsWith('Subject: Uma pergunta\nTo: Mariana Costa\nLanguage: es\n\nOlá Mariana,'), fixed);
    assert.deepEqual(problemsOf('coaching-language', fixed), []);
  });

  it('opens a header block on a draft without one, CRLF kept', () => {
    const text = PORTUGUESE.replace(/\n/g, '\r\n');
    const [problem] = problemsOf('coaching-language', text);
    const fixed = applyEdits(text, problem.suggestions![0].edits);
    assert.ok(fixed.startsWith('Language: en\r\n\r\nOlá Mariana,'), JSON.stringify(fixed.slice(0, 40)));
    assert.equal(lint(fixed).doc.messages[0].headers[0]?.value, 'en');
  });

  // Found by a random property run: the header went after the indentation, where it reads as body text.
  it('opens the header block at the start of an indented first line', () => {
    const text = `\n---\n ${PORTUGUESE}`;
    const [problem] = problemsOf('coaching-language', text);
    const fixed = applyEdits(text, problem.suggestions![0].edits);
    assert.ok(fixed.startsWith('\n---\nLanguage: en\n\n Olá'), JSON.stringify(fixed.slice(0, 40)));
    assert.deepEqual(problemsOf('coaching-language', fixed), []);
  });

  it('sets an unreadable Language value in place', () => {
    const text = `Subject: Uma pergunta\nLanguage: Klingonisch\n\n${PORTUGUESE}`;
    const [problem] = problemsOf('coaching-language', text);
    assert.equal(text.slice(problem.start, problem.end), 'Klingonisch');
    assert.ok(applyEdits(text, problem.suggestions![3].edits).includes('\nLanguage: es\n'));
  });
});

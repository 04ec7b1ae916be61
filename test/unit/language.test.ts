/**
 * The language of a message: the Language header as written, detection on short and long text in the
 * coached languages and in others, and the promise of issue 12: no copy warning on a language the copy
 * rules do not read, one coaching-language info instead.
 */
import * as assert from 'node:assert/strict';
import { headerSpec, lint, parseDocument } from '../../server/src/engine';
import { detectLanguage, messageLanguage } from '../../server/src/engine/coach/language';
import { languageName, parseLanguage } from '../../server/src/engine/coach/language-names';

const detected = (text: string) => {
  const reading = detectLanguage(text);
  return reading.lang ?? reading.code;
};

describe('Language header values', () => {
  const cases: [string, string | undefined][] = [
    ['en', 'en'], ['DE', 'de'], [' fr ', 'fr'], ['es', 'es'], ['pt', 'pt'], ['hi', 'hi'],
    ['de-AT', 'de'], ['de_CH', 'de'], ['pt-BR', 'pt'], ['es-419', 'es'], ['zh-Hant-TW', 'zh'],
    ['English', 'en'], ['Deutsch', 'de'], ['deutsch', 'de'], ['Français', 'fr'], ['Francais', 'fr'], ['Español', 'es'], ['Castellano', 'es'],
    ['Portuguese', 'pt'], ['Português', 'pt'], ['Italiano', 'it'], ['Japanese', 'ja'], ['Hindi', 'hi'],
    ['xx', undefined], ['yes', undefined], ['', undefined], ['en, de', undefined], ['42', undefined], ['Klingonisch', undefined], ['de-', undefined],
  ];
  for (const [value, code] of cases) it(`reads ${JSON.stringify(value)} as ${code}`, () => assert.equal(parseLanguage(value), code));

  it('is a known header: completion offers the coached codes, hover describes it, invalid-header-value reads it with the parser', () => {
    const spec = headerSpec('language');
    assert.ok(spec && 'values' in spec);
    assert.deepEqual(spec.values, ['en', 'de', 'fr', 'es']);
    assert.match(spec.description, /copy rules rest/);
    const warnings = (value: string) => lint(`Subject: Your talk on eBPF\nLanguage: ${value}\n\nHi Dana, loved your KubeCon talk on eBPF. Open to comparing notes?`).problems.filter((p) => p.ruleId === 'invalid-header-value' || p.ruleId === 'unknown-header');
    for (const value of ['en', 'de-AT', 'Deutsch', 'Portuguese', 'pt_BR']) assert.deepEqual(warnings(value).map((p) => p.message), [], value);
    // Any ISO code is read, so the message names the form, not the four coached codes as if they were all.
    assert.match(warnings('xx')[0]?.message ?? '', /^Language takes an ISO 639-1 code such as en, de, fr, es or pt, or a language name such as Deutsch; "xx" is not one/);
    assert.doesNotMatch(warnings('xx')[0]?.message ?? '', /must be one of/);
  });

  it('names a language for a message', () => {
    assert.equal(languageName('pt'), 'Portuguese (pt)');
    assert.equal(languageName('hi'), 'Hindi (hi)');
    assert.equal(languageName('und'), 'a language it could not identify');
  });
});

describe('language detection', () => {
  const table: [string, string][] = [
    // Short connection notes: too few letters for a character model, plenty of frequent words.
    ['de', 'Hallo Jan, gerne vernetzen!'],
    ['de', 'Hallo Frau Weber, schön Sie kennengelernt zu haben.'],
    ['de', 'Danke für den Vortrag gestern!'],
    ['de', 'Servus Toni, wir haben uns auf der Bits & Pretzels gesehen.'],
    ['fr', 'Salut Paul, on se connecte ?'],
    ['fr', 'Bonjour Claire, ravi de vous avoir rencontrée au salon.'],
    ['es', 'Hola Pedro, ¿conectamos?'],
    ['es', 'Gracias por tu charla de ayer.'],
    ['en', 'Met you at SaaStr, happy to stay in touch.'],
    // English full of names and acronyms, which a character model takes for Italian or Romanian.
    ['en', 'We help B2B SaaS companies 3x their pipeline with AI SDRs. 200+ clients, 40% reply rates. Cheers, Tom'],
    ['en', 'Grace, congrats on Safari crossing 1M M-Pesa merchants; I saw the announcement this morning.'],
    // Too short to tell, no frequent word: English by default.
    ['en', 'Thanks!'],
    ['en', '🎉🎉🎉'],
    // Other languages rest: Latin script by its words, the rest by script.
    ['pt', 'Olá Ana, foi um prazer conhecer você na feira. Vamos conversar?'],
    ['pt', 'Obrigado pela palestra de ontem!'],
    ['it', 'Ciao Marco, è stato un piacere conoscerti alla fiera. Restiamo in contatto!'],
    ['nl', 'Hoi Sanne, leuk je te ontmoeten op de beurs. Laten we contact houden!'],
    ['hi', 'नमस्ते राहुल, आपकी पोस्ट पढ़ी। क्या हम अगले हफ्ते बात कर सकते हैं?'],
    ['ja', '田中さん、先日の講演を拝見しました。来週お話しできますか？'],
    ['zh', '王先生，您好。我读了您关于供应链的文章。'],
    ['ko', '안녕하세요 민수님, 지난주 발표 잘 들었습니다.'],
    ['th', 'สวัสดีครับ คุณสมชาย ผมได้อ่านบทความของคุณแล้ว'],
    ['ru', 'Здравствуйте, Анна! Прочитал вашу статью о логистике.'],
  ];
  for (const [lang, text] of table) it(`reads ${lang}: ${text.slice(0, 40)}`, () => assert.equal(detected(text), lang));

  // Found by a random property run: the character model read the CRLF version as another language.
  it('reads a CRLF text as its LF version', () => {
    const lf = 'Thanks,\nSam\nCheers\nLorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.';
    assert.deepEqual(detectLanguage(lf.replace(/\n/g, '\r\n')), detectLanguage(lf));
  });

  it('leaves merge fields and links out', () => {
    assert.equal(detected('Hallo {{first_name}}, kurze Frage zu https://example.com/the-long-english-path-with-words-in-it'), 'de');
  });

  it('reads a long text by its first 8,000 characters', () => {
    const german = 'Wir haben uns auf der Konferenz getroffen und ich würde mich gerne mit Ihnen austauschen. '.repeat(100);
    const english = 'We met at the conference and I would love to compare notes with you about it. '.repeat(2000);
    assert.equal(detected(german + english), 'de');
    assert.equal(detected(english + german), 'en');
  });

  it('gives the same answer for a text asked about again (remembered)', () => {
    const text = 'Bonjour Claire, ravi de vous avoir rencontrée au salon.';
    assert.equal(detectLanguage(text), detectLanguage(`${text}`.slice(0)));
  });
});

describe('messageLanguage', () => {
  const pt = 'Olá Mariana, li o seu artigo sobre a migração da plataforma de pagamentos para a nuvem. Podemos conversar?';

  it('takes its own header over detection, and a follow-up takes the first message\'s header', () => {
    const doc = parseDocument(`Subject: x\nLanguage: es\n\n${pt}\n---\n\n${pt}\n---\nLanguage: Deutsch\n\n${pt}`);
    assert.deepEqual(doc.messages.map((m) => messageLanguage(m, doc.messages)), [
      { lang: 'es', code: 'es', source: 'header' },
      { lang: 'es', code: 'es', source: 'header' },
      { lang: 'de', code: 'de', source: 'header' },
    ]);
  });

  it('reads a follow-up too short to tell in the first message\'s language', () => {
    const doc = parseDocument(`Subject: x\n\n${pt}\n---\n\nOi, Mariana?`);
    assert.equal(messageLanguage(doc.messages[1], doc.messages).code, 'pt');
  });

  it('detects when the header cannot be read', () => {
    const doc = parseDocument(`Subject: x\nLanguage: Klingonisch\n\n${pt}`);
    assert.deepEqual(messageLanguage(doc.messages[0], doc.messages), { lang: undefined, code: 'pt', source: 'detected' });
  });
});

describe('copy rules rest on languages they do not read', () => {
  // Each draft has what the copy rules flag in English: a stock subject, a template body, no ask.
  const drafts: Record<string, string> = {
    Portuguese: 'Subject: Oportunidade\nTo: Ana Souza\nCompany: Nuvem Ltda\n\nOlá,\n\nSomos uma empresa líder em soluções inovadoras para empresas como a sua. Oferecemos os melhores serviços do mercado.\n\nAtenciosamente,\nCarlos',
    Hindi: 'Subject: एक अवसर\nTo: Rahul Sharma\nCompany: Acme\n\nनमस्ते,\n\nहम आपकी जैसी कंपनियों के लिए सबसे अच्छे समाधान देते हैं। हमारी सेवाएं बाज़ार में सबसे अच्छी हैं।\n\nधन्यवाद,\nअमित',
    Japanese: 'Subject: ご案内\nTo: 田中 太郎\nCompany: Acme\n\nこんにちは。\n\n弊社は御社のような企業向けに最高のソリューションを提供しています。市場で最高のサービスです。\n\nよろしくお願いいたします。',
  };
  for (const [name, text] of Object.entries(drafts)) {
    it(`${name}: no copy warning, exactly one coaching-language info`, () => {
      const problems = lint(text).problems;
      const copy = problems.filter((p) => ['generic-subject', 'missing-personalization', 'no-ask'].includes(p.ruleId));
      assert.deepEqual(copy.map((p) => `${p.ruleId}: ${p.message}`), []);
      const info = problems.filter((p) => p.ruleId === 'coaching-language');
      assert.equal(info.length, 1, JSON.stringify(problems.map((p) => p.ruleId)));
      assert.equal(info[0].severity, 'info');
    });
  }

  it('the same draft in English is judged (the drafts above are ones the copy rules would flag)', () => {
    const english = 'Subject: Opportunity\nTo: Ana Souza\nCompany: Nuvem Ltda\n\nHello,\n\nWe are a leading provider of innovative solutions for companies like yours. We offer the best services on the market.\n\nRegards,\nCarlos';
    const fired = new Set(lint(english).problems.map((p) => p.ruleId));
    assert.ok(fired.has('no-ask') || fired.has('generic-subject') || fired.has('missing-personalization'), [...fired].join(', '));
    assert.ok(!fired.has('coaching-language'));
  });
});

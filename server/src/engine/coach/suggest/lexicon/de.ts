import type { SuggestLexicon } from './types';

const same = <T>(value: T) => ({ formal: value, informal: value });
const M = { gender: 'm' } as const;
const F = { gender: 'f' } as const;
const N = { gender: 'n' } as const;

// Forms that fit a nominative subject keep their hint only; dative and genitive forms are marked oblique.
export const de: SuggestLexicon = {
  determiners: {
    der: M, die: F, das: N, den: M, dem: { gender: 'm', oblique: true }, des: { gender: 'm', oblique: true },
    ein: M, eine: F, einen: M, einem: { gender: 'm', oblique: true }, einer: { gender: 'f', oblique: true }, eines: { gender: 'm', oblique: true },
    ihr: M, ihre: F, ihren: M, ihrem: { gender: 'm', oblique: true }, ihrer: { gender: 'f', oblique: true }, ihres: { gender: 'm', oblique: true },
    dein: M, deine: F, deinen: M, deinem: { gender: 'm', oblique: true }, deiner: { gender: 'f', oblique: true }, deines: { gender: 'm', oblique: true },
    unser: M, unsere: F, unseren: M, unserem: { gender: 'm', oblique: true }, unserer: { gender: 'f', oblique: true }, unseres: { gender: 'm', oblique: true },
    euer: M, eure: F, euren: M, eurem: { gender: 'm', oblique: true }, eurer: { gender: 'f', oblique: true },
    im: { gender: 'm', oblique: true }, am: { gender: 'm', oblique: true }, beim: { gender: 'm', oblique: true }, vom: { gender: 'm', oblique: true }, zum: { gender: 'm', oblique: true }, zur: { gender: 'f', oblique: true },
  },
  dropsInflectedAdjectives: true,
  whereBeforeHead: false,
  conversationNouns: ['gespräch', 'gespräche', 'austausch', 'telefonat', 'kaffee', 'mittagessen', 'treffen', 'unterhaltung', 'plausch', 'call'],
  sombreNews: ['stellenabbau', 'entlassungen', 'kündigungen', 'schließung', 'insolvenz', 'restrukturierung', 'sparprogramm', 'datenleck', 'ausfall', 'rückruf', 'klage', 'rücktritt', 'abschied', 'verlust', 'verluste', 'streik'],
  congratulations: ['glückwunsch', 'glückwünsche', 'gratulation', 'gratuliere', 'gratulieren', 'herzlichen'],
  informalPronouns: ['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euch', 'euer', 'eure', 'euren', 'eurem', 'eurer'],
  formalPronouns: ['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres'],
  danglingWords: ['wie', 'was', 'warum', 'wann', 'wo', 'wer', 'welche', 'welcher', 'welches', 'dass', 'ob', 'letzte', 'letzten', 'nächste', 'nächsten', 'mehr'],
  your: { formal: { m: 'Ihr', n: 'Ihr', f: 'Ihre', pl: 'Ihre' }, informal: { m: 'dein', n: 'dein', f: 'deine', pl: 'deine' } },
  yourDative: { formal: { m: 'Ihrem', n: 'Ihrem', f: 'Ihrer', pl: 'Ihren' }, informal: { m: 'deinem', n: 'deinem', f: 'deiner', pl: 'deinen' } },
  our: { m: 'unser', n: 'unser', f: 'unsere', pl: 'unsere' },
  // After "Glückwunsch": the dative of the article, joined with "zu".
  article: { m: 'zum', n: 'zum', f: 'zur', pl: 'zu den' },
  possessive: (company) => (/[sßxz]$/i.test(company) ? `${company}’` : `${company}s`),
  templates: {
    work: same(['{your} {phrase}', 'Zu {your_dat} {phrase}', '{name}, {your} {phrase}', '{said}']),
    news: same(['{company_s} {phrase}', '{said}']),
    cheer: same(['Glückwunsch {article} {phrase}']),
    move: same(['{your} {phrase}', '{said}']),
    mutual: { formal: ['Auf Empfehlung von {mutual}', '{name}, {mutual} hat mich an Sie verwiesen'], informal: ['Auf Empfehlung von {mutual}', '{name}, {mutual} meinte, wir sollten reden'] },
    conversation: same(['{our} {chat}', '{said}', '{name}, {our} {chat}']),
    'shared-background': same(['{said}', 'Gemeinsame Wurzeln: {where}']),
    company: same(['{company_s} {phrase}', '{said}']),
    ask: same(['Frage {prep} {topic}']),
  },
};

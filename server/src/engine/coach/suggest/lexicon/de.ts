import type { SuggestLexicon } from './types';

const same = <T>(value: T) => ({ formal: value, informal: value });
const M = { gender: 'm' } as const;
const F = { gender: 'f' } as const;
const N = { gender: 'n' } as const;

// Every form hints at the noun's gender; only nominative forms open a subject as the body wrote them.
export const de: SuggestLexicon = {
  determiners: {
    der: M, die: F, das: N, den: { gender: 'm', dropped: true }, dem: { gender: 'm', dropped: true }, des: { gender: 'm', dropped: true },
    ein: { gender: 'm', dropped: true, indefinite: true }, eine: { gender: 'f', dropped: true, indefinite: true }, einen: { gender: 'm', dropped: true, indefinite: true }, einem: { gender: 'm', dropped: true, indefinite: true }, einer: { gender: 'f', dropped: true, indefinite: true }, eines: { gender: 'm', dropped: true, indefinite: true },
    ihr: M, ihre: F, ihren: { gender: 'm', dropped: true }, ihrem: { gender: 'm', dropped: true }, ihrer: { gender: 'f', dropped: true }, ihres: { gender: 'm', dropped: true },
    dein: M, deine: F, deinen: { gender: 'm', dropped: true }, deinem: { gender: 'm', dropped: true }, deiner: { gender: 'f', dropped: true }, deines: { gender: 'm', dropped: true },
    unser: M, unsere: F, unseren: { gender: 'm', dropped: true }, unserem: { gender: 'm', dropped: true }, unserer: { gender: 'f', dropped: true }, unseres: { gender: 'm', dropped: true },
    euer: M, eure: F, euren: { gender: 'm', dropped: true }, eurem: { gender: 'm', dropped: true }, eurer: { gender: 'f', dropped: true },
    im: { gender: 'm', dropped: true }, am: { gender: 'm', dropped: true }, beim: { gender: 'm', dropped: true }, vom: { gender: 'm', dropped: true }, zum: { gender: 'm', dropped: true }, zur: { gender: 'f', dropped: true },
  },
  dropsInflectedAdjectives: true,
  // "-en", or "-s" not after s, i or u.
  pluralAfterFeminine: { endings: ['en', 's'], not: ['ss', 'is', 'us'] },
  afterPreposition: { der: { gender: 'f' } },
  whereBeforeHead: false,
  placePrepositions: ['auf', 'in', 'im', 'am', 'an', 'beim', 'bei', 'nach', 'während', 'vom'],
  conversationNouns: ['gespräch', 'gespräche', 'austausch', 'telefonat', 'kaffee', 'mittagessen', 'treffen', 'unterhaltung', 'plausch', 'call'],
  sombreNews: ['stellenabbau', 'entlassungen', 'kündigungen', 'schließung', 'insolvenz', 'restrukturierung', 'sparprogramm', 'datenleck', 'ausfall', 'rückruf', 'klage', 'rücktritt', 'abschied', 'verlust', 'verluste', 'streik'],
  congratulations: ['glückwunsch', 'glückwünsche', 'gratulation', 'gratuliere', 'gratulieren', 'herzlichen'],
  subjectPronouns: ['Sie', 'du', 'Du'],
  informalPronouns: ['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euch', 'euer', 'eure', 'euren', 'eurem', 'eurer'],
  formalPronouns: ['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres'],
  danglingWords: ['wie', 'was', 'warum', 'wann', 'wo', 'wer', 'welche', 'welcher', 'welches', 'dass', 'ob', 'letzte', 'letzten', 'nächste', 'nächsten', 'mehr'],
  your: { formal: { m: 'Ihr', n: 'Ihr', f: 'Ihre', pl: 'Ihre' }, informal: { m: 'dein', n: 'dein', f: 'deine', pl: 'deine' } },
  yourDative: { formal: { m: 'Ihrem', n: 'Ihrem', f: 'Ihrer', pl: 'Ihren' }, informal: { m: 'deinem', n: 'deinem', f: 'deiner', pl: 'deinen' } },
  our: { m: 'unser', n: 'unser', f: 'unsere', pl: 'unsere' },
  // After "Glückwunsch": the dative of the article, joined with "zu".
  article: { m: 'zum', n: 'zum', f: 'zur', pl: 'zu den' },
  // A name takes the genitive "s" ("Tafelrundes", "Vogt Maschinenbaus"), but a name that ends on a common feminine
  // or plural noun does not ("Hellwig Steuerungstechniks", "Maurer & Töchters", "Stadtwerkes" would be wrong).
  possessive: { never: ['ung', 'heit', 'keit', 'schaft', 'ion', 'tät', 'ik', 'ei', 'ie', 'ur', 'enz', 'anz', 'e', 'er', 'en'], bareAfter: ['s', 'ß', 'x', 'z'], bare: '’', suffix: 's' },
  templates: {
    work: same(['{your} {phrase}', 'Zu {your_dat} {phrase_dat}', '{name}, {your} {phrase}', '{said}', '{phrase}']),
    news: same(['{company_s} {phrase}', '{said}']),
    cheer: same(['Glückwunsch {article} {phrase_dat}']),
    move: same(['Glückwunsch zum Wechsel zu {dest}', '{your} {phrase}', '{said}']),
    mutual: { formal: ['Auf Empfehlung von {mutual}', '{name}, {mutual} hat mich an Sie verwiesen'], informal: ['Auf Empfehlung von {mutual}', '{name}, {mutual} meinte, wir sollten reden'] },
    conversation: same(['Unser Gespräch {about_prep} {about}', '{our} {chat}', 'Unser Gespräch {placed}', '{said}', '{name}, {our} {chat}']),
    'shared-background': same(['{said}', 'Gemeinsame Wurzeln: {where}']),
    company: same(['{company_s} {phrase}', '{said}']),
    ask: same(['Frage {prep} {topic}']),
  },
};

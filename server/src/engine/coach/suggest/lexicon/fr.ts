import type { SuggestLexicon } from './types';

const same = <T>(value: T) => ({ formal: value, informal: value });
const M = { gender: 'm' } as const;
const F = { gender: 'f' } as const;
const PL = { plural: true } as const;

export const fr: SuggestLexicon = {
  determiners: {
    le: M, la: F, "l'": {}, 'l’': {}, les: PL, un: { gender: 'm', dropped: true, indefinite: true }, une: { gender: 'f', dropped: true, indefinite: true }, des: { plural: true, dropped: true, indefinite: true }, du: { gender: 'm', dropped: true },
    votre: {}, vos: PL, ton: M, ta: F, tes: PL, notre: {}, nos: PL, son: { gender: 'm', dropped: true }, sa: { gender: 'f', dropped: true }, ses: { plural: true, dropped: true }, mon: { gender: 'm', dropped: true }, ma: { gender: 'f', dropped: true }, mes: { plural: true, dropped: true }, ce: M, cet: M, cette: F, ces: PL,
  },
  dropsInflectedAdjectives: false,
  whereBeforeHead: false,
  placePrepositions: ['à', 'au', 'aux', 'en', 'lors', 'pendant', 'après', 'sur', 'chez'],
  conversationNouns: ['échange', 'échanges', 'discussion', 'discussions', 'conversation', 'conversations', 'rencontre', 'entretien', 'café', 'déjeuner', 'appel', 'rendez-vous'],
  sombreNews: ['licenciements', 'licenciement', 'plan social', 'fermeture', 'restructuration', 'faillite', 'redressement', 'liquidation', 'fuite', 'panne', 'rappel', 'procès', 'démission', 'départ', 'perte', 'pertes', 'grève'],
  congratulations: ['félicitations', 'bravo', 'félicite', 'félicitons'],
  subjectPronouns: ['vous', 'Vous', 'tu', 'Tu'],
  informalPronouns: ['tu', 'te', 'toi', 'ton', 'ta', 'tes', "t'", 't’'],
  formalPronouns: ['vous', 'votre', 'vos'],
  danglingWords: ['comment', 'pourquoi', 'quand', 'où', 'quoi', 'dont', 'lequel', 'laquelle', 'dernier', 'dernière', 'prochain', 'prochaine', 'plus', 'très', 'plutôt', 'près', 'auprès', 'loin', 'autour', 'face'],
  your: { formal: { other: 'votre', pl: 'vos' }, informal: { m: 'ton', f: 'ta', vowel: 'ton', pl: 'tes' } },
  yourDative: { formal: { other: 'votre', pl: 'vos' }, informal: { m: 'ton', f: 'ta', vowel: 'ton', pl: 'tes' } },
  our: { other: 'notre', pl: 'nos' },
  article: { m: 'le', f: 'la', vowel: 'l’', pl: 'les' },
  templates: {
    work: same(['{your} {phrase}', 'Suite à {your} {phrase}', '{name}, {your} {phrase}', '{said}', '{phrase}']),
    news: same(['{said}', '{company} : {phrase}']),
    cheer: same(['Félicitations pour {article} {phrase}', 'Bravo pour {article} {phrase}']),
    move: { formal: ['Félicitations pour votre arrivée chez {dest}', '{your} {phrase}', '{said}'], informal: ['Félicitations pour ton arrivée chez {dest}', '{your} {phrase}', '{said}'] },
    mutual: same(['De la part de {mutual}', 'Sur les conseils de {mutual}']),
    conversation: same(['Notre échange {about_prep} {about}', 'Suite à {our} {chat}', 'Suite à notre échange {placed}', '{said}']),
    'shared-background': same(['{shared} en commun', '{said}']),
    company: same(['{said}', '{company} : {phrase}']),
    ask: same(['Une question sur {topic}']),
  },
};

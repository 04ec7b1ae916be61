import type { SuggestLexicon } from './types';

const same = <T>(value: T) => ({ formal: value, informal: value });
const D = { dropped: true } as const;
const I = { dropped: true, indefinite: true } as const;

export const en: SuggestLexicon = {
  // Only "the", "your" and "our" open a subject as the body wrote them.
  determiners: { the: {}, your: {}, our: {}, a: I, an: I, my: D, his: D, her: D, their: D, its: D, this: D, that: D },
  dropsInflectedAdjectives: false,
  whereBeforeHead: true,
  placePrepositions: ['at', 'in', 'during', 'after', 'on'],
  passiveGerunds: ['being', 'getting'],
  conversationNouns: ['chat', 'chats', 'conversation', 'conversations', 'talk', 'call', 'coffee', 'lunch', 'dinner', 'meeting', 'exchange', 'discussion', 'catch-up'],
  sombreNews: ['layoff', 'layoffs', 'cuts', 'closure', 'closing', 'shutdown', 'restructuring', 'downsizing', 'breach', 'outage', 'recall', 'lawsuit', 'fine', 'bankruptcy', 'resignation', 'departure', 'loss', 'losses', 'strike', 'redundancies', 'passing'],
  congratulations: ['congrats', 'congratulations', 'congratulate', 'kudos'],
  subjectPronouns: ['you', 'You'],
  informalPronouns: [],
  formalPronouns: [],
  objectOpeners: ['you', 'your', 'us', 'me', 'them', 'him'],
  clauseAdverbs: ['still', 'just', 'already', 'always', 'never', 'also', 'actually', 'really', 'straight', 'even'],
  danglingWords: ['how', 'what', 'why', 'when', 'where', 'who', 'which', 'whether', 'last', 'next', 'more', 'most', 'less', 'like', 'off', 'up', 'out', 'away', 'rather', 'instead', 'than'],
  your: same({ other: 'your' }),
  yourDative: same({ other: 'your' }),
  our: { other: 'our' },
  article: { other: 'the' },
  possessive: { bareAfter: ['s'], bare: "'", suffix: "'s" },
  templates: {
    work: same(['{your} {phrase}', '{name}, {your} {phrase}', '{said}', '{phrase}']),
    news: same(['{company_s} {phrase}', '{said}']),
    cheer: same(['Congrats on {article} {phrase}', '{name}, congrats on {article} {phrase}']),
    move: same(['Congrats on the move to {dest}', '{your} {phrase}', 'Your move to {dest}', '{said}']),
    mutual: same(['{mutual} suggested I write', '{name}, {mutual} suggested I write']),
    conversation: same(['Our chat {about_prep} {about}', 'Since {our} {chat}', 'Since our chat {placed}', '{said}', '{name}, since {our} {chat}']),
    'shared-background': same(['Fellow {shared} alum', '{said}', '{name}, fellow {shared} alum']),
    company: same(['{said}', '{company_s} {phrase}']),
    ask: same(['A question about {topic}']),
  },
};

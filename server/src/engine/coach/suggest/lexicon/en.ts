import type { SuggestLexicon } from './types';

const same = <T>(value: T) => ({ formal: value, informal: value });

export const en: SuggestLexicon = {
  determiners: { the: {}, a: {}, an: {}, your: {}, my: {}, our: {}, his: {}, her: {}, their: {}, its: {}, this: {}, that: {} },
  dropsInflectedAdjectives: false,
  whereBeforeHead: true,
  conversationNouns: ['chat', 'chats', 'conversation', 'conversations', 'talk', 'call', 'coffee', 'lunch', 'dinner', 'meeting', 'exchange', 'discussion', 'catch-up'],
  sombreNews: ['layoff', 'layoffs', 'cuts', 'closure', 'closing', 'shutdown', 'restructuring', 'downsizing', 'breach', 'outage', 'recall', 'lawsuit', 'fine', 'bankruptcy', 'resignation', 'departure', 'loss', 'losses', 'strike', 'redundancies', 'passing'],
  congratulations: ['congrats', 'congratulations', 'congratulate', 'kudos'],
  informalPronouns: [],
  formalPronouns: [],
  danglingWords: ['how', 'what', 'why', 'when', 'where', 'who', 'which', 'whether', 'last', 'next', 'more', 'most', 'less', 'like'],
  your: same({ other: 'your' }),
  yourDative: same({ other: 'your' }),
  our: { other: 'our' },
  article: { other: 'the' },
  possessive: (company) => (/s$/i.test(company) ? `${company}'` : `${company}'s`),
  templates: {
    work: same(['Your {phrase}', '{name}, your {phrase}', '{said}']),
    news: same(['{company_s} {phrase}', '{said}']),
    cheer: same(['Congrats on {article} {phrase}', '{name}, congrats on {article} {phrase}']),
    move: same(['Your {phrase}', '{said}']),
    mutual: same(['{mutual} suggested I write', '{name}, {mutual} suggested I write']),
    conversation: same(['Since our {chat}', '{said}', '{name}, since our {chat}']),
    'shared-background': same(['Fellow {where} alum', '{said}', '{name}, fellow {where} alum']),
    company: same(['{said}', '{company_s} {phrase}']),
    ask: same(['A question about {topic}']),
  },
};

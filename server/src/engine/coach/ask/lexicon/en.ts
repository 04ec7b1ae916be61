import type { AskLexicon } from './types';

// What a writer asks the reader to give: their view of something. "I'd value your reaction", "would love your take".
// A modal question whose subject is the proposal itself: "Would Tuesday work", "Could a short call help", with or without "?".
const PROPOSAL_SUBJECTS = ['a', 'an', 'next', 'this', 'that', 'tomorrow', 'any', 'some', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'early', 'late'];
const PROPOSAL_QUESTIONS = ['would', 'could', 'will', 'might'].flatMap((modal) => PROPOSAL_SUBJECTS.map((subject) => `${modal} ${subject}`));
// The statement form of a request: "Would be great to find a time", "it'd be good to compare notes".
const TALK_VERBS = ['chat', 'talk', 'connect', 'meet', 'hear', 'find a time', 'catch up', 'compare notes', 'swap notes', 'get your', 'set up', 'hop on', 'jump on', 'speak'];
const STATEMENT_REQUESTS = ['would be great to', 'would be good to', "it'd be great to", "it'd be good to", 'would be nice to', 'would love to'].flatMap((lead) =>
  TALK_VERBS.map((verb) => `${lead} ${verb}`),
);
const MEETING_NOUNS = ['call', 'chat', 'coffee', 'meeting', 'demo', 'conversation', 'intro', 'introduction', 'walkthrough'];
// "I would welcome the opportunity to discuss...": the conditional, and a meeting it is for, make the request;
// "we welcome the opportunity to serve" is pitch, "would welcome the opportunity to be of service" a courtesy.
const WELCOME_VERBS = [
  'discuss', 'talk', 'speak', 'meet', 'chat', 'show', 'present', 'share', 'walk', 'introduce', 'explore', 'learn', 'hear', 'compare', 'put', 'send', 'bring', 'propose', 'arrange', 'visit', 'demonstrate',
  // What a supplier proposes to do for them: "I'd welcome the chance to quote for the three new crabbers".
  'quote', 'bid', 'tender', 'pitch', 'help', 'support', 'work', 'partner', 'collaborate', 'tour', 'see', 'review',
];
const WELCOMED = ['the opportunity', 'an opportunity', 'the chance', 'a chance'].flatMap((what) =>
  ['would welcome', "i'd welcome", "we'd welcome"].flatMap((lead) => WELCOME_VERBS.map((verb) => `${lead} ${what} to ${verb}`)),
);
// "I'd love to know whether...", "I would be glad to hear if...": the writer wanting to know what only the reader can say.
const WANT_TO_KNOW = ['love', 'like', 'glad', 'grateful', 'interested'].flatMap((lead) =>
  ['know', 'hear', 'learn'].flatMap((verb) => ['if', 'whether', 'what', 'how'].map((wh) => `${lead} to ${verb} ${wh}`)),
);
// A candidate asking to be taken on: "I'd be very glad to be considered" (a degree word may stand before the feeling).
const FEELINGS = ['glad', 'happy', 'delighted', 'grateful', 'thrilled'];
const CONSIDERED = ['would be', "i'd be", "we'd be"]
  .flatMap((lead) => ['', 'very ', 'really '].flatMap((degree) => FEELINGS.map((feeling) => `${lead} ${degree}${feeling} to be considered`)))
  .concat(['would love', "i'd love", 'would like', "i'd like"].map((wish) => `${wish} to be considered`));
// The reader welcome to do something: "you'd be very welcome to join", "you're welcome to drop in".
const WELCOME_TO = ["you'd be", 'you would be', "you're", 'you are'].flatMap((lead) =>
  ['', 'very ', 'most '].map((degree) => `${lead} ${degree}welcome to`),
);
const INPUT_NOUNS = ['thoughts', 'feedback', 'input', 'take', 'advice', 'opinion', 'perspective', 'view', 'views', 'reaction', 'insight', 'insights', 'read'];

export const en: AskLexicon = {
  reader: ['you', 'your', 'yours', 'yourself', "you're", "you'd", "you'll", "you've", 'ya'],
  // "I'd love to have you on the team" is a wish: in English only an offer verb makes an offer.
  readerObjects: ['you'],
  questionOpeners: [
    'would you', 'could you', 'can you', 'will you', 'might you', 'are you open', 'are you free', 'are you available', 'are you interested',
    'are you up for', 'are you keen', 'are you the right', 'could i', 'can i', 'may i', 'might i', 'shall i', 'should i', 'could we', 'can we',
    'shall we', 'should we', 'would it', 'mind if', 'any chance', 'is there any chance', 'how about', 'open to', 'interested in', 'up for', 'worth a', 'worth an', 'worth half',
    // "Worth 15 minutes, I think.": the length of a meeting proposed, opening its clause.
    ...['5', '10', '15', '20', '25', '30', '45'].map((minutes) => `worth ${minutes}`),
    ...PROPOSAL_QUESTIONS,
  ],
  requestQuestions: ['would', 'could', 'can', 'may', 'might', 'shall', 'will', 'what about', 'who would', 'who is the best', 'when would', 'when could', 'what would'],
  imperatives: [
    'let me know', 'let us know', "let's talk", "let's chat", "let's meet", "let's find", "let's set", "let's grab", "let's hop", "let's jump",
    "let's schedule", "let's connect", "let's stay", "let's catch", "let's compare", "let's swap", "let's book", "let's speak", "let's discuss",
    "let's get", "let's explore", "let's have", "let's see", "let's try", "let's look", "let's take", 'let us find', 'let us set', 'let us book', 'let us grab',
    // The informal "let me know": "shout if you want the write-up", "give me a shout", "give me a nudge".
    'shout if', 'shout when', 'give me a shout', 'give me a nudge', 'nudge me', 'holler',
    'reply', 'respond', 'write back', 'write me', 'write to me', 'email me', 'e-mail me', 'message me', 'text me', 'call me', 'ring me', 'ping me',
    // The writer's number to call them back on: "If you ever need a hand, keep my number".
    'keep my number', 'save my number', 'take my number', 'keep my details',
    'drop me', 'shoot me', 'send me', 'send us', 'send over', 'send your', 'tell me', 'hit reply', 'register', 'sign up', 'rsvp', 'donate', 'forward', 'click',
    // Verbs that are pitch as often as requests ("Book more meetings", "Give your team..."): only with what a request takes.
    'grab a', 'grab an', 'grab any', 'grab some', 'grab time', 'grab coffee', 'grab 10', 'grab 15', 'grab 20', 'grab 30', 'book a', 'book an', 'book any', 'book some', 'book time',
    'book 15', 'book 20', 'book 30', 'book here', 'schedule a', 'schedule some', 'schedule time', 'schedule 15', 'schedule 20', 'schedule 30', 'pick a', 'pick any',
    'pick whatever', 'choose a time', 'choose a slot', 'choose any', 'join us', 'join me', 'join our', 'apply now', 'apply here', 'apply at', 'apply via', 'apply on',
    'give me', 'give us', 'give it a', 'pass this', 'pass it', 'pass my', 'pass me', 'pass along', 'say yes', 'say the word', 'say hi',
    'say when', 'name a', 'name the', 'name your', 'find a time', 'advise', 'confirm', 'share your', 'share a time', 'share any', 'tell us', 'get back to me',
    'get back to us', 'keep me posted', 'keep me in the loop', 'keep me updated',
    'find a slot', 'use my', 'use this link', 'introduce me', 'point me', 'reach out', 'get in touch', 'contact me', 'contact us', 'hit me up', 'lmk',
  ],
  availabilityCloses: ['look forward to hearing from you', 'look forward to your reply', 'looking forward to hearing from you', 'looking forward to your reply'],
  meetingNouns: MEETING_NOUNS,
  invitations: [
    'let me know', 'feel free to', "don't hesitate to", 'do not hesitate to', 'just say the word', 'drop me a line', 'wondering if', 'wondering whether',
    'wonder if', 'wonder whether', 'to ask if', 'to ask whether', 'asking if you', 'asking whether you', 'lmk', 'love to hear how', 'love to hear what', 'love to hear your', 'love to hear about',
    'like to hear how', 'like to hear what', 'like to hear your', 'keen to hear', 'curious to hear', "i'd appreciate", 'i would appreciate', "i'd value", 'i would value',
    "i'd be grateful", 'i would be grateful', 'worth a quick', ...MEETING_NOUNS.flatMap((noun) => [`worth a ${noun}`, `fancy a ${noun}`]), "i'm free", 'i am free',
    "here's my calendar", 'here is my calendar', 'my calendar link',
    "i'm around", 'tell me what you think', 'tell me if this', 'happy to help', 'glad to help', 'happy to answer', 'glad to answer',
    ...WANT_TO_KNOW, 'curious to know', 'keen to know', ...STATEMENT_REQUESTS,
    // Inviting the reader: to an event, to meet someone, to take part.
    'invite you', "you're invited", 'you are invited', 'love for you to', 'like for you to', 'love you to', 'like you to', 'love to have you join',
    ...CONSIDERED, ...WELCOME_TO,
    // Passive polite requests and a proposed next step.
    'would be appreciated', 'would be much appreciated', 'would be greatly appreciated', 'would be hugely appreciated', 'would be really appreciated',
    'would be very welcome', 'would mean a lot', 'would be a huge help', 'would be a big help', 'would be very helpful', 'welcome a chat', 'welcome a call',
    'welcome a conversation', 'welcome a quick', ...WELCOMED, 'next step would be', 'next step could be', 'next step is a',
    // Needing what only the reader can give: "Could use your eyes on the tender", "It would help us greatly to know whether...".
    'could use your', 'could do with your', 'would help us to know', 'would help me to know', 'would help to know', 'would help us know', 'would help me know',
    ...INPUT_NOUNS.flatMap((noun) => [`love your ${noun}`, `value your ${noun}`, `welcome your ${noun}`, `appreciate your ${noun} on`, `get your ${noun}`, `hear your ${noun}`]),
  ],
  ourPitch: ['we', 'our', "we've", "we're", "we'll"],
  rhetoricalOpeners: ['did you know', 'ever wondered', 'have you ever wondered', 'ever wonder', 'what if', 'tired of', 'struggling with', 'sick of', 'imagine if', 'wouldn\'t it be', 'is your team still', 'are you still', 'can you imagine', 'could you imagine', 'can you believe', 'would you believe', 'can you guess'],
  intensifiers: ['really', 'truly', 'very', 'greatly', 'genuinely', 'sincerely', 'certainly', 'definitely', 'much', 'also', 'still', 'so'],
  // "Please share the timetable": any verb after these asks, but for the ones that only point at something.
  pleaseWords: ['please', 'kindly'],
  pleaseNonRequests: ['find', 'note', 'see', 'excuse', 'forgive', 'ignore', 'disregard', 'accept'],
  leadIns: ['please', 'just', 'simply', 'so', 'then', 'do', 'kindly', 'and', 'or', 'ps', 'p.s', 'if so', 'otherwise'],
  joiners: ['and', 'then'],
  subordinators: ['if', 'when', 'whenever', 'whether', 'unless', 'once', 'because', 'since', 'as', 'while', 'should', 'as soon as'],
  willing: [],
  conditionalOffers: ['i send', "i'll send", "i'll share", "i'll forward", "i'll intro", "i'll introduce", "i'll walk", "i'll set", "i'll put", "i'll call", "i'll come", "i'll drop"],
  usefulnessConditions: ['if useful', 'if helpful', 'if it helps', 'if that helps', 'if it would help', 'if that would help', 'if of interest', "if it's useful", "if it's helpful", 'if relevant', 'if it is useful', 'if it is helpful', 'if it suits', 'if that suits', 'if that works', 'if it works', 'if easier', "if that's easier", "if it's easier"],
  usefulWords: ['useful', 'helpful', 'handy', 'relevant', 'of interest', 'of use', 'valuable'],
  whoWords: ['who', "who'd"],
  // Thinking, foreseeing, betting on it or saying so: "Who would have bet on that?", "Who said tech was only for the big players?"
  wonderVerbs: ['thought', 'guessed', 'believed', 'imagined', 'predicted', 'expected', 'knew', 'known', 'bet', 'said'],
  suitVerbs: ['works', 'suits', 'would suit', 'would work', 'fits', 'is convenient', 'is easier'],
  actionVerbs: ['check', 'have a look', 'take a look', 'look over', 'look at', 'come', 'come and', 'come by', 'pop in', 'pop by', 'pop over', 'drop by', 'drop in', 'stop by', 'swing by', 'try', 'review', 'read', 'sign', 'approve', 'fill in', 'fill out', 'see', 'bring', 'meet me', 'meet us', 'call', 'phone', 'visit', 'test', 'taste', 'mark up', 'go through', 'run through', 'double-check', 'proof', 'proofread', 'skim'],
  deadlineWords: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'tonight', 'today', 'this week', 'next week', 'weekend', 'eod', 'end of'],
  durationNouns: ['minutes', 'mins', 'min'],
  countWords: ['a', 'few', 'couple', 'five', 'ten', 'fifteen', 'twenty', 'thirty', 'half'],
  conditionals: ['if', 'should'],
  weSubjects: ["we", "we'll", "let's"],
  reciprocals: [],
  writerSubjects: ['i', "i'll"],
  reportingSubordinators: ['as', 'because', 'since', 'while', 'whether'],
  readerTimeNouns: ['time', 'moment', 'minute', 'slot', 'window', 'willing', 'free', 'up for', 'around'],
  readerTimeChoice: ['at your convenience', 'at your earliest convenience', 'at a time of your choosing', 'whenever suits you', 'whenever it suits you', 'when it suits you', 'at a time that suits you', 'whenever works for you'],
  availabilityWords: ['available', 'disposal'],
  linkNouns: ['link', 'links', 'url', 'form', 'page', 'website', 'site'],
  linkPointers: ['below', 'here', 'above', 'attached'],
  able: [
    'happy to', 'glad to', 'delighted to', 'love to', 'like to', 'keen to', 'i can', 'we can', 'i could', 'we could', "i'll", 'i will', "we'll", 'we will',
    "i'd", 'i would', "we'd", 'we would', 'i shall', 'i am happy to', 'offer to', 'let me', 'let us',
    // A wish to meet is proposed with what it would take: "It would be great to grab 15 minutes next week".
    'would be great to', 'would be good to', "it'd be great to", "it'd be good to", 'would be nice to',
  ],
  willingTo: ['happy to', 'glad to', 'delighted to'],
  // Reactions and states: "glad to see", "happy to announce", "very happy to stay there" say how the writer feels.
  reactionVerbs: ['see', 'hear', 'read', 'learn', 'know', 'note', 'find', 'say', 'announce', 'report', 'confirm', 'inform', 'welcome', 'receive', 'accept', 'be', 'have', 'stay', 'remain', 'live'],
  pastCopulas: ['was', 'were', 'been'],
  clauseObjects: ['that'],
  subjectOpeners: ['the', 'our', 'my', 'their', 'his', 'her', 'its', 'a', 'an', 'this', 'these'],
  irregularPasts: [
    'told', 'sold', 'said', 'was', 'were', 'came', 'went', 'saw', 'met', 'gave', 'took', 'made', 'had', 'did', 'ran', 'wrote', 'bought', 'thought',
    'sent', 'spoke', 'brought', 'found', 'left', 'built', 'began', 'knew', 'won', 'lost', 'felt', 'heard', 'kept', 'paid', 'taught', 'drove', 'rang',
  ],
  ableWithoutSubject: ['can', 'could', 'will', 'would love', 'would like', 'would love to', 'would like to', 'would be happy to', 'am happy to'],
  offerVerbs: [
    'send', 'share', 'show', 'walk', 'introduce', 'intro', 'forward', 'review', 'call', 'ring', 'open', 'prepare', 'put', 'set', 'run', 'demo', 'chat',
    'talk', 'hop', 'jump', 'meet', 'compare', 'swap', 'explain', 'answer', 'give', 'offer', 'draft', 'sketch', 'record', 'host', 'buy', 'treat',
    'pass', 'connect you', 'loop', 'audit', 'book', 'schedule', 'drop', 'email', 'mail', 'text', 'connect', 'make an intro', 'make an introduction',
    'make introductions', 'make the introduction', 'hold', 'block', 'reserve', 'pencil',
    // Coming to them: "I can come to you", "I'll pop by the depot".
    'come', 'visit', 'pop', 'swing',
    // Getting a thing to them, as "send" and "drop" do: "Happy to post you a jar", "I can bring samples to the plant"
    // ("deliver" is pitch as often: "we could deliver significant value").
    'post', 'bring', 'courier',
  ],
  pastAuxiliaries: ['have', 'had', 'be', 'been'],
  connect: ['connect', 'connected', 'connecting', 'stay in touch', 'keep in touch', 'stay connected', 'network', 'add you', 'swap notes', 'compare notes', 'linked up'],
};

import type { EvidenceLexicon } from './types';

export const en: EvidenceLexicon = {
  yourWords: ['your'],
  youWords: ['you'],
  artifactNouns: [
    // Writing
    'post', 'posts', 'blog', 'article', 'articles', 'piece', 'essay', 'essays', 'memo', 'memos', 'op-ed', 'column', 'newsletter', 'newsletters', 'edition', 'write-up', 'writeup',
    'teardown', 'deep-dive', 'breakdown', 'analysis', 'report', 'whitepaper', 'paper', 'papers', 'thesis', 'dissertation', 'study', 'research', 'survey', 'book', 'chapter', 'guide',
    'handbook', 'playbook', 'tutorial', 'thread', 'tweet', 'tweets', 'tweetstorm', 'comment', 'comments', 'manifesto', 'framework',
    // Speaking
    'talk', 'talks', 'keynote', 'panel', 'session', 'workshop', 'lecture', 'speech', 'presentation', 'slides', 'deck', 'webinar', 'podcast', 'episode', 'interview', 'ama', 'livestream',
    'stream', 'video', 'videos', 'lunch-and-learn', 'fireside', 'masterclass', 'course', 'testimony',
    // Code and product work
    'patch', 'patches', 'pr', 'prs', 'commit', 'commits', 'repo', 'repository', 'library', 'plugin', 'extension', 'sdk', 'cli', 'benchmark', 'benchmarks', 'notebook', 'proposal',
    'rfc', 'spec', 'prototype', 'launch', 'open-source', 'fork', 'dataset',
  ],
  topicNouns: ['work', 'project', 'projects', 'efforts'],
  genericNouns: [
    'profile', 'background', 'experience', 'career', 'journey', 'company', 'team', 'culture', 'mission', 'vision', 'values', 'brand', 'product', 'products', 'service', 'services', 'website',
    'site', 'business', 'organization', 'organisation', 'success', 'growth', 'achievements', 'accomplishments', 'expertise', 'skills', 'skill', 'story', 'reputation', 'leadership', 'people',
    'industry', 'space', 'clients', 'customers', 'goals', 'needs', 'potential', 'network', 'time', 'inbox', 'role', 'position', 'work', 'size', 'sector', 'field', 'passion', 'impact',
  ],
  complementWords: ['on', 'about', 'of', 'for', 'at', 'in', 'with', 'against', 'from', 'to', 'into', 'around', 'during'],
  workVerbs: [
    'led', 'shipped', 'wrote', 'spoke', 'hired', 'built', 'merged', 'published', 'launched', 'ran', 'gave', 'presented', 'founded', 'co-founded', 'cofounded', 'designed', 'told', 'described',
    'explained', 'walked', 'argued', 'started', 'posted', 'created', 'organized', 'organised', 'hosted', 'moderated', 'rebuilt', 'migrated', 'open-sourced', 'released', 'introduced', 'proposed',
    'drove', 'owned', 'scaled', 'recorded', 'taught', 'coached', 'won', 'grew', 'turned', 'said', 'shared', 'pointed', 'wrote', 'raised', 'opened', 'closed', 'announced', 'rolled', 'redesigned',
    'rewrote', 'documented', 'tested', 'measured', 'benchmarked', 'fixed', 'reported', 'championed', 'pioneered', 'spearheaded', 'oversaw', 'headed', 'chaired', 'commissioned', 'replaced',
    'interviewed', 'demoed', 'demonstrated', 'tweeted', 'blogged', 'answered', 'asked', 'mentioned', 'suggested', 'recommended', 'predicted', 'showed',
  ],
  perfectAux: ["you've", 'have'],
  workParticiples: [
    'led', 'shipped', 'written', 'spoken', 'hired', 'built', 'merged', 'published', 'launched', 'run', 'given', 'presented', 'founded', 'designed', 'described', 'explained', 'argued',
    'started', 'posted', 'created', 'organized', 'organised', 'hosted', 'rebuilt', 'migrated', 'open-sourced', 'released', 'introduced', 'proposed', 'scaled', 'recorded', 'taught', 'won',
    'grown', 'shared', 'raised', 'opened', 'announced', 'documented', 'spearheaded', 'championed', 'pioneered', 'overseen', 'chaired', 'rewritten', 'redesigned',
  ],
  thanksFor: ['thanks for', 'thank you for', 'thanks again for', 'thank you again for', 'thanks so much for'],
  workGerunds: [
    'writing', 'publishing', 'sharing', 'posting', 'demoing', 'presenting', 'hosting', 'organizing', 'organising', 'speaking', 'open-sourcing', 'releasing', 'recording', 'documenting',
    'answering', 'maintaining', 'building', 'running', 'moderating', 'teaching', 'explaining',
  ],
  newsVerbs: [
    'raised', 'launched', 'opened', 'acquired', 'announced', 'expanded', 'hired', 'closed', 'cut', 'laid', 'released', 'shipped', 'won', 'signed', 'partnered', 'merged', 'rebranded',
    'entered', 'unveiled', 'introduced', 'secured', 'landed', 'completed', 'bought', 'sold', 'doubled', 'tripled', 'grew', 'reached', 'crossed', 'passed', 'filed', 'went', 'moved', 'relocated',
    'debuted', 'topped', 'joined', 'added', 'picked', 'finalized', 'finalised', 'celebrated', 'published', 'reported', 'restructured', 'commissioned', 'started', 'began',
    'raises', 'launches', 'opens', 'acquires', 'announces', 'expands', 'unveils', 'enters',
  ],
  newsNouns: [
    'round', 'series', 'seed', 'raise', 'funding', 'fund', 'ipo', 'acquisition', 'merger', 'expansion', 'office', 'launch', 'rebrand', 'award', 'milestone', 'layoffs', 'restructuring',
    'listing', 'spin-off', 'spinoff', 'carve-out', 'partnership', 'deal', 'contract', 'lab', 'plant', 'factory', 'store', 'location', 'hub', 'headquarters', 'opening', 'rollout', 'rfp', 'tender',
    'valuation', 'announcement', 'results', 'earnings', 'quarter',
  ],
  congrats: ['congrats on', 'congrats to', 'congrats for', 'congratulations on', 'congratulations to', 'congratulations for', 'kudos on', 'kudos to'],
  readIn: ['read in', 'saw in', 'read on', 'saw on', 'noticed in', 'noticed on', 'learned in', 'learnt in', 'heard on', 'spotted in', 'spotted on', 'caught on'],
  readInThat: ['that', 'about'],
  accordingTo: ['according to'],
  moveVerbs: ['moved', 'joined', 'took', 'became', 'stepped', 'switched', 'transitioned', 'landed', 'accepted', 'promoted', 'returned', 'relocated', 'left'],
  moveNouns: ['move', 'promotion', 'transition', 'switch', 'jump', 'appointment', 'new role', 'new position', 'new job', 'new gig'],
  nowCues: ["you're now", 'you are now', 'you now'],
  conversationCues: [
    'we chatted', 'we spoke', 'we talked', 'we discussed', 'we caught up', 'chatting with you', 'talking with you', 'talking to you', 'speaking with you', 'as promised', 'as discussed',
    'as we discussed', 'when we spoke', 'after we spoke', 'since we spoke', 'last time we spoke', 'thanks for the chat', 'thanks for the call', 'thanks for the conversation', 'we swapped',
  ],
  ourWords: ['our'],
  conversationNouns: ['chat', 'conversation', 'talk', 'discussion', 'call', 'coffee', 'exchange', 'catch-up', 'lunch', 'dinner', 'walk'],
  meetingCues: ['to meet you', 'meeting you', 'we met at', 'we met in', 'we met during', 'we met after', 'we met last', 'met you', 'running into you', 'bumping into you', 'ran into you', 'ran into each other'],
  topicWords: ['about', 'on'],
  contentNouns: ['take', 'tip', 'tips', 'point', 'story', 'idea', 'advice', 'question', 'answer', 'insight', 'remark', 'comment', 'suggestion', 'war'],
  mutualVerbs: [
    'suggested', 'recommended', 'mentioned', 'said', 'told', 'introduced', 'referred', 'pointed', 'passed', 'sent', 'gave', 'connected', 'put', 'speaks', 'spoke', 'thought', 'insisted', 'raved',
  ],
  mutualObjects: ['i', 'me', 'we', 'us', 'you', "you're", 'your', 'yours'],
  mutualNouns: ['recommendation', 'suggestion', 'referral', 'introduction', 'intro'],
  sharedCues: [
    'we both', 'we were both', 'both of us', 'we overlapped', 'overlapped at', 'overlapped in', 'same cohort', 'same class', 'same program', 'same programme', 'same batch', 'same school',
    'i was in your', 'also studied at', 'also worked at', 'also interned at', 'went to school together', 'worked together', 'former colleague', 'ex-colleague', 'classmates',
  ],
  alumNouns: ['alum', 'alums', 'alumni', 'alumna', 'alumnus', 'alumnae', 'grad', 'grads', 'graduate', 'graduates', 'classmate', 'member', 'members', 'student', 'veteran', 'veterans', 'alumnx'],
  fellowWords: ['fellow', 'another'],
  ofWords: ['of'],
  phraseStops: ['still', 'also', 'already', 'really', 'actually', 'now', 'then', 'recently', 'usually', 'always', 'never', 'again', 'even', 'only', 'ever', 'often', 'soon', 'today', 'yesterday', 'twice', 'last', 'next', 'everything', 'something', 'anything', 'nothing', 'everyone', 'someone'],
  determiners: ['a', 'an', 'the', 'its', 'their', 'his', 'her', 'your', 'this', 'that', 'these', 'those'],
  abbreviations: ['co', 'inc', 'ltd', 'corp', 'st', 'vs', 'no', 'jr', 'sr', 'e.g', 'i.e', 'etc', 'approx', 'dept'],
};

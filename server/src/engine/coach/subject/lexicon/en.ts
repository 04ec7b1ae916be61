import type { SubjectLexicon } from './types';

export const en: SubjectLexicon = {
  possessives: ['your', 'yours'],
  artifacts: [
    'post', 'article', 'blog', 'talk', 'keynote', 'panel', 'podcast', 'episode', 'webinar', 'interview', 'comment', 'thread', 'tweet', 'piece', 'paper', 'essay', 'memo', 'newsletter',
    'book', 'chapter', 'column', 'op-ed', 'course', 'lecture', 'workshop', 'session', 'speech', 'presentation', 'slides', 'video', 'research', 'study', 'thesis', 'report', 'survey',
    'repo', 'pr', 'patch', 'commit', 'library', 'plugin', 'talk', 'demo', 'teardown', 'breakdown', 'postmortem', 'post-mortem', 'write-up', 'writeup', 'case', 'guide', 'playbook', 'review',
    'answer', 'question', 'comment', 'reply', 'point', 'take', 'framework', 'benchmark', 'rewrite', 'rollout', 'migration', 'redesign', 'feature', 'release', 'launch',
    'model', 'layer', 'engine', 'piece', 'map', 'dataset', 'notes', 'recipe', 'portfolio', 'exhibit', 'album', 'film', 'show', 'campaign',
  ],
  news: [
    'round', 'raise', 'funding', 'series', 'seed', 'ipo', 'acquisition', 'merger', 'expansion', 'opening', 'office', 'clinic', 'store', 'shop', 'branch', 'site', 'plant', 'location', 'launch',
    'promotion', 'award', 'win', 'milestone', 'anniversary', 'designation', 'accreditation', 'certification', 'fit-out', 'rebrand', 'spin-off', 'exit', 'listing', 'new role',
  ],
  firstPerson: ['we', "we're", "we've", 'our', 'us', 'i', "i'm", 'my'],
  senderPossessives: ['our', 'my'],
  senderPrepositions: ['at', 'from', 'with'],
  timeUnits: ['minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months'],
  congratulations: ['congrats', 'congratulations', 'kudos'],
  referrals: ['suggested', 'mentioned', 'recommended', 'referred', 'referral', 'introduced', 'intro', 'introduction', 'pointed', 'sent', 'said', 'thought'],
  background: ['fellow', 'alum', 'alumni', 'alumna', 'alumnus', 'grad', 'graduate', 'classmate', 'batchmate', 'cohort', 'same', 'teammate', 'ex-colleague', 'former colleague'],
  conversation: ['requested', 'promised', 'agreed', 'discussed', 'as promised', 'as discussed', 'we discussed', 'we talked', 'you asked'],
  labels: [
    'proposal', 'introduction', 'intro', 'follow-up', 'followup', 'follow', 'following', 'update', 'updates', 'news', 'newsletter', 'resources', 'resource', 'request', 'inquiry', 'enquiry',
    'referral', 'invitation', 'invite', 'outreach', 'information', 'info', 'details', 'attached', 'attachment', 'brochure', 'résumé', 'resume', 'cv', 'cover letter', 'application',
    'candidates', 'candidate', 'profiles', 'offer', 'quote', 'message', 'note', 'email', 'inmail', 'reminder', 'catching', 'checking', 'touching', 'reaching', 'bumping', 'reconnecting',
    'partnership', 'collaboration', 'sponsorship', 'feature', 'interview', 'meeting', 'networking', 'connection', 'connections', 'mutual', 'idea', 'ideas', 'thought', 'thoughts',
    'question', 'questions', 'query', 'congratulations', 'congrats', 'hello', 'journey', 'story', 'background', 'profile', 'experience',
  ],
  requests: [
    'minute', 'minutes', 'min', 'mins', 'chat', 'coffee', 'lunch', 'drink', 'drinks', 'call', 'advice', 'feedback', 'input', 'support', 'help', 'guidance', 'perspective', 'opinion',
    'connect', 'connecting', 'touch', 'base', 'pick', 'brain', 'catch', 'meet', 'talk', 'speak', 'time', 'moment', 'favor', 'favour', 'look', 'together', 'work', 'join', 'apply',
    'hop', 'jump', 'grab', 'chance', 'open', 'interested', 'available', 'free', 'love', 'like', 'want', 'wanted', 'could', 'use', 'got', 'got a', 'have', 'spare', 'sync', 'explore',
    'exploring', 'discuss', 'learn', 'hear', 'know', 'next', 'chapter', 'step', 'steps', 'move', 'challenge',
  ],
  categories: [
    'crm', 'erp', 'ats', 'hris', 'cms', 'lms', 'saas',
    'opportunity', 'opportunities', 'work', 'challenge', 'hire', 'role', 'roles', 'position', 'positions', 'job', 'jobs', 'opening', 'openings', 'vacancy', 'vacancies', 'search', 'wanted', 'hiring', 'career', 'careers',
    'services', 'service', 'solutions', 'solution', 'support', 'savings', 'platform', 'consulting', 'software', 'products', 'product', 'tools', 'agency', 'offering', 'package', 'packages',
    'partnership', 'partnerships', 'collaboration', 'sponsorship', 'deal', 'deals', 'program', 'programme', 'initiative', 'strategy', 'operations', 'outsourcing', 'staffing', 'conference', 'summit', 'meetup', 'expo', 'fair', 'event', 'events', 'webinar',
  ],
  roles: [
    'ceo', 'cfo', 'cto', 'coo', 'cmo', 'cio', 'ciso', 'cro', 'cpo', 'chro', 'vp', 'svp', 'evp', 'md', 'gm', 'hr', 'sre', 'devops', 'qa', 'ux', 'ui', 'pm', 'swe', 'sdr', 'bdr', 'ae',
    'frontend', 'front-end', 'backend', 'back-end', 'fullstack', 'full-stack', 'developer', 'developers', 'engineer', 'engineers', 'programmer', 'designer', 'analyst', 'scientist',
    'architect', 'consultant', 'manager', 'director', 'lead', 'head', 'executive', 'founder', 'cofounder', 'co-founder', 'partner', 'intern', 'graduate', 'nurse', 'nurses', 'physician',
    'radiologist', 'pharmacist', 'therapist', 'clinician', 'surgeon', 'dentist', 'accountant', 'recruiter', 'marketer', 'writer', 'specialist',
    'professional', 'expert', 'talent', 'senior', 'junior', 'staff', 'principal', 'remote', 'hybrid', 'freelance', 'contract', 'full-time', 'part-time',
  ],
  stock: [
    'quick', 'quickly', 'brief', 'short', 'small', 'little', 'exciting', 'excited', 'great', 'amazing', 'awesome', 'incredible', 'exceptional', 'unique', 'perfect', 'huge', 'big',
    'new', 'exclusive', 'special', 'interesting', 'important', 'potential', 'possible', 'strategic', 'mutual', 'mutually', 'beneficial', 'impressive', 'inspiring', 'passionate',
    'motivated', 'hi', 'hey', 'hello', 'dear', 'greetings', 'thanks', 'thank', 'please', 'again', 'today', 'tomorrow', 'yesterday', 'tonight', 'soon', 'now', 'still', 'last', 'night',
    'week', 'weeks', 'month', 'months', 'year', 'morning', 'afternoon', 'evening', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 're', 'fw',
    'fwd', 'regarding', 'about', 'one', 'two', 'few', 'some', 'thought', 'you\'d', 'i\'d', "let's", 'lets', 'would', 'love', 'our', 'team', 'company', 'business',
    'organization', 'organisation', 'firm', 'growing', 'fast-growing', 'leading', 'innovative', 'top', 'world', 'industry', 'space', 'field', 'value', 'win', 'results', 'success',
    'looking', 'forward', 'cannot', 'fan', 'admirer', 'follower', 'listener', 'reader', 'aspiring', 'experienced', 'seasoned', 'ambitious', 'driven', 'dedicated', 'hour', 'hours', 'day', 'days', 'recent', 'recently', 'latest', 'faster', 'smarter', 'easier', 'cheaper', 'quicker', 'more', 'less', 'needs', 'need', 'goals', 'challenges', 'priorities', 'pain', 'points', 'spontaneous', 'unsolicited', 'good', 'best', 'better', 'real', 'right', 'happy', 'glad', 'hope', 'way', 'things', 'something', 'anything', 'everything',
  ],
  growthVerbs: [
    'boost', 'supercharge', 'turbocharge', 'skyrocket', 'unlock', 'unleash', 'revolutionize', 'revolutionise', 'transform', 'maximize', 'maximise', 'increase', 'grow', 'double', 'triple',
    '10x', 'cut', 'slash', 'reduce', 'save', 'accelerate', 'scale', 'take', 'elevate', 'drive', 'explode', 'optimize', 'optimise', 'streamline', 'level', 'crush', 'dominate', 'win', 'get',
  ],
  abstractions: [
    'growth', 'sales', 'revenue', 'revenues', 'profit', 'profits', 'roi', 'efficiency', 'productivity', 'performance', 'results', 'business', 'workflow', 'workflows', 'pipeline', 'funnel',
    'hiring', 'recruiting', 'leads', 'conversions', 'conversion', 'costs', 'cost', 'spend', 'operations', 'team', 'brand', 'engagement', 'reach', 'output', 'margins', 'success', 'career',
  ],
  hype: [
    'revolutionary', 'game-changing', 'game-changer', 'life-changing', 'explosive', 'guaranteed', 'guarantee', 'risk-free', 'free', 'urgent', 'rockstar', 'ninja', 'unicorn',
    'once-in-a-lifetime', '10x', '#1', '100%',
  ],
  superlatives: [
    'unbelievable', 'incredible', 'ultimate', 'best', 'amazing', 'exclusive', 'unmissable', 'cutting-edge', 'world-class', 'best-in-class', 'next-gen', 'massive', 'insane', 'top', 'elite',
    'proven', 'instant', 'instantly', 'effortless', 'effortlessly',
  ],
  percentBait: ['up to', 'off', 'more', 'less', 'faster', 'cheaper', 'discount', 'savings'],
  hypePhrases: ['made easy', 'made simple', 'next level', 'once in a lifetime', 'limited time', 'act now', "don't miss", 'dont miss', 'dream job', 'dream role', 'dream opportunity', 'no brainer', 'must see', 'must have'],
  selfPitch: ['seeking', 'looking', 'searching', 'available', 'open to work'],
  abstractEndings: ['ology', 'ologies', 'ization', 'izations', 'isation', 'isations', 'ation', 'ations', 'ment', 'ments', 'ness', 'ity', 'ities', 'ship', 'ism', 'ics', 'ence', 'ance', 'ency', 'ancy'],
  talk: {
    nouns: ['chat', 'call', 'conversation', 'talk', 'coffee', 'lunch', 'dinner', 'breakfast', 'drinks', 'meeting', 'exchange', 'discussion', 'catch-up', 'walk', 'visit', 'tour'],
    places: ['at', 'in', 'on', 'during', 'after', 'over'],
    since: ['since', 'after', 'following', 'from'],
  },
};

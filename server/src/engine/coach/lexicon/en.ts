import type { Lexicon } from './types';

export const en: Lexicon = {
  businessWords: [
    'onboarding', 'offboarding', 'funnel', 'funnels', 'synergy', 'synergies', 'leverage', 'leveraging', 'webinar', 'webinars', 'saas', 'b2b', 'b2c', 'roi', 'kpi', 'kpis', 'okr', 'okrs',
    'scalable', 'scalability', 'scale-up', 'scaleup', 'startup', 'startups', 'upskilling', 'reskilling', 'workflow', 'workflows', 'stakeholder', 'stakeholders', 'outreach', 'prospecting',
    'lead', 'leads', 'pipeline', 'pipelines', 'upsell', 'cross-sell', 'churn', 'retention', 'roadmap', 'roadmaps', 'deliverable', 'deliverables', 'bandwidth', 'touchpoint', 'touchpoints',
    'ecosystem', 'scalable', 'optimize', 'optimise', 'optimization', 'optimisation', 'streamline', 'streamlining', 'supercharge', 'turbocharge', 'skyrocket', 'unlock', 'unleash', 'empower',
    'disrupt', 'disruptive', 'innovative', 'cutting-edge', 'best-in-class', 'world-class', 'next-gen', 'game-changer', 'game-changing', 'seamless', 'seamlessly', 'holistic', 'actionable',
    'insights', 'analytics', 'dashboard', 'dashboards', 'automation', 'automate', 'automated', 'productivity', 'efficiency', 'efficiencies', 'revenue', 'monetize', 'monetise', 'growth-hacking',
    'hiring', 'recruiter', 'recruiters', 'recruiting', 'sourcing', 'headhunter', 'talent', 'candidate', 'candidates', 'resume', 'résumé', 'cv', 'portfolio', 'internship', 'freelance', 'freelancer',
    'networking', 'mentorship', 'mentoring', 'collaboration', 'collaborate', 'partnership', 'partnerships', 'sponsorship', 'consulting', 'consultancy', 'procurement', 'vendor', 'vendors',
    'cloud', 'software', 'platform', 'platforms', 'solution', 'solutions', 'tool', 'tools', 'tooling', 'data', 'ai', 'ml', 'genai', 'tech', 'fintech', 'healthtech', 'edtech', 'it', 'cybersecurity',
    'quick', 'question', 'intro', 'follow-up', 'followup', 'catch-up', 'check-in', 'touch', 'sync', 'chat', 'call', 'demo', 'deck', 'pitch', 'proposal', 'quote', 'pricing', 'discount', 'offer',
  ],
  functionWords: [
    'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'of', 'to', 'for', 'with', 'on', 'in', 'at', 'by', 'about', 'from', 'into', 'onto', 'over', 'under', 'through', 'across', 'via', 'than', 'as', 'if',
    'how', 'what', 'why', 'when', 'where', 'who', 'whom', 'which', 'whose', 'that', 'this', 'these', 'those', 'it', 'its', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am',
    'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'yours', 'they', 'them', 'their', 'he', 'him', 'his', 'she', 'her', 'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would',
    'can', 'could', 'should', 'may', 'might', 'must', 'just', 'really', 'very', 'also', 'too', 'not', 'no', 'some', 'any', 'all', 'each', 'every', 'such', 'own', 'same', 'other',
    'before', 'after', 'until', 'unless', 'while', 'since', 'though', 'although', 'because', 'whether', 'during', 'without', 'within', 'between', 'among', 'against', 'upon',
    'toward', 'towards', 'whoever', 'whomever', 'whatever', 'whichever', 'whenever', 'wherever',
  ],
  greetings: ['hi', 'hey', 'hello', 'dear', 'good morning', 'good afternoon', 'good evening', 'greetings', 'hiya', 'howdy', 'to whom it may concern'],
  honorifics: ['dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'professor', 'sir', 'madam', 'dame', 'lord', 'rev', 'hon'],
  teamWords: ['team', 'recruiting', 'recruitment', 'hiring', 'talent', 'hr', 'people', 'sales', 'marketing', 'engineering', 'support', 'manager', 'department', 'office', 'desk', 'admin', 'info', 'careers', 'jobs', 'partnerships', 'founders', 'committee', 'board'],
};

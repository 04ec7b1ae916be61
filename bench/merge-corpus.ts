/** A mail merge the bench and the tests share: a 1,900-character template and a generated recipients list. */
import { seededRandom } from './corpus';

const FIRST = ['Dana', 'Marcus', 'Priya', 'Chris', 'Elena', 'Tomás', 'Zoë', 'Kenji', 'Amara', 'Lars', 'Mei', 'Omar'];
const LAST = ['Whitfield', 'Reyes', 'Webb', 'Raman', 'Okafor', 'Petrova', 'Ibáñez', 'Müller', 'Watanabe', 'Nakamura', 'Haddad'];
const COMPANIES = ['Acme Robotics', 'Northwind', 'Globex', 'Initech', 'Meridian Health', 'Umbrella Labs', 'Café Société', 'Stark Logistics'];
const TOPICS = ['remote onboarding', 'on-call rotations', 'pricing experiments', 'data contracts', 'SOC 2 prep', 'warehouse robotics'];

const PARAGRAPHS = [
  'I read your post on {{recent_post}} and the part about first-week checklists stuck with me. Most teams I talk to treat onboarding as a one-off project, and you made the case for treating it as a product with owners, metrics and a backlog.',
  'Since you joined {{company}}, the engineering team has roughly doubled, which is usually the point where the informal buddy system stops working and new hires spend their second week waiting on access requests instead of shipping.',
  'We built a pairing-first onboarding plan for teams in that exact spot. At Northwind it cut the time to a first merged change from nine days to three, and the new hires rated their first month 4.6 out of 5 instead of 3.1.',
  'The plan is three pieces: a runbook per service that a new hire can follow alone, a shadowing rotation for the first on-call week, and a short ticket queue of real but low-risk changes that teach the codebase as they go.',
  'None of it needs new tooling: it lives in the repositories and the tracker you already use, and the first version takes a lead about two afternoons to put together with our templates.',
  'What I would bring to a call is specific: the checklist we hand to a new hire on day one, the three metrics we track for the first ninety days, and what went wrong the first two times we tried it, which is usually the more useful part.',
  'A few of the teams we worked with this year were in a similar spot, and the common thread was not headcount but how much knowledge lived in the heads of the first ten engineers.',
  'I am not sure how much of this {{company}} already does, so I would rather ask than assume. If it is useful, I can share the two-page summary and the ticket-queue template we use.',
];

/** About 1,900 characters once filled for a typical recipient: a subject and body with four fields. */
export function mergeTemplate(): string {
  const body = `Hi {{first_name}},\n\n${PARAGRAPHS.join('\n\n')}\n\nWould you be open to a 15-minute call next Tuesday or Wednesday to compare notes on {{recent_post}}?\n\nBest,\nSam`;
  return `Recipients: leads.csv\nSubject: Your post on {{recent_post}}\n\n${body}\n`;
}

/**
 * `count` recipients with distinct names; every 50th has an empty recent_post, every 500th a company name long
 * enough to push the body past 1,900 characters.
 */
export function mergeRecipients(count: number, seed = 13): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const lines = ['first_name,last_name,company,recent_post,degree,open_profile'];
  for (let i = 0; i < count; i++) {
    const company = i % 500 === 499 ? `${pick(COMPANIES)} International Holdings, Research and Development Division` : pick(COMPANIES);
    const post = i % 50 === 49 ? '' : pick(TOPICS);
    const degree = pick(['1st', '2nd', '3rd', '3rd']);
    lines.push(`${pick(FIRST)},${pick(LAST)}-${i},"${company}",${post},${degree},${random() < 0.1 ? 'yes' : 'no'}`);
  }
  return `${lines.join('\n')}\n`;
}

import { rule as bodyLength } from './body-length';
import { rule as bodyMaxLength } from './body-max-length';
import { rule as coachingLanguage } from './coaching-language';
import { rule as connectionRequestFits } from './connection-request-fits';
import { rule as followUpTiming } from './follow-up-timing';
import { rule as genericSubject } from './generic-subject';
import { rule as invalidHeaderValue } from './invalid-header-value';
import { rule as missingPersonalization } from './missing-personalization';
import { rule as noAsk } from './no-ask';
import { rule as sendTime } from './send-time';
import { rule as subjectMaxLength } from './subject-max-length';
import { rule as subjectRequired } from './subject-required';
import { rule as subjectWordCount } from './subject-word-count';
import { rule as tooManyFollowUps } from './too-many-follow-ups';
import { rule as unfilledPlaceholder } from './unfilled-placeholder';
import { rule as unknownHeader } from './unknown-header';
import { rule as unknownMergeField } from './unknown-merge-field';
import { rule as emptyMergeValue } from './empty-merge-value';
import { rule as recipientsFile } from './recipients-file';
import type { Rule } from './rule';

/** Every rule, in the order their problems are listed. A meta-test checks this matches the folder. */
export const RULES: readonly Rule[] = [
  subjectRequired,
  subjectMaxLength,
  subjectWordCount,
  genericSubject,
  bodyMaxLength,
  bodyLength,
  missingPersonalization,
  unfilledPlaceholder,
  noAsk,
  coachingLanguage,
  unknownHeader,
  invalidHeaderValue,
  tooManyFollowUps,
  followUpTiming,
  sendTime,
  connectionRequestFits,
  recipientsFile,
  unknownMergeField,
  emptyMergeValue,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

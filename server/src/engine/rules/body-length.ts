import { n } from '../measure';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'body-length',
    description: 'InMails under 400 characters outperform longer ones: 3-4 sentences, one ask.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    heuristic: true,
  },
  check({ doc, config, measure, analysis, report }) {
    const sweetSpot = config.limits.bodySweetSpot;
    for (const message of doc.messages) {
      if (message.kind !== 'inmail') continue;
      const counts = measure(message);
      const bodyLength = counts.bodyLength;
      // Past the hard limit body-max-length already speaks; two squiggles on one span say nothing more.
      if (bodyLength <= sweetSpot || bodyLength > config.limits.bodyMax) continue;
      // Read only now: the sentence count costs a scan of the body.
      const bodySentences = counts.bodySentences;
      const cut = analysis(message).overflowAt(sweetSpot) ?? 0;
      report({
        start: message.bodySpan.start + cut,
        end: message.bodySpan.end,
        message: `Body is ${n(bodyLength)} characters in ${bodySentences} sentence${bodySentences === 1 ? '' : 's'}; InMails under ${n(sweetSpot)} get more replies. Keep the reason, the ask and one line of proof.`,
      });
    }
  },
};

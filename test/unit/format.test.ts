import * as assert from 'node:assert/strict';
import { creditMarkdown, replyRecordText } from '../../client/src/format';
import { estimateCredits } from '../../server/src/engine';
import type { CreditEstimateParams } from '../../server/src/protocol';

function params(history: { sent: number; replied: number }, replyRate?: number): CreditEstimateParams {
  const estimate = estimateCredits(12, { plan: 'premium-career', history, replyRate });
  return { estimate: { ...estimate, monthsToCover: estimate.monthsToCover }, scanned: 30 };
}

describe('credit breakdown wording', () => {
  it('says nothing of replies before any InMail is marked sent', () => {
    assert.equal(replyRecordText({ sent: 0, replied: 0 }), undefined);
    assert.doesNotMatch(creditMarkdown(params({ sent: 0, replied: 0 })), /Your replies/);
    assert.match(creditMarkdown(params({ sent: 0, replied: 0 })), /Expected refunds at 15% replies \(the average\) \| 1 \|/);
  });

  it('counts down to the writer\'s own rate while there are too few sent', () => {
    assert.equal(replyRecordText({ sent: 3, replied: 1 }), '**Your replies**: 1 of 3 sent InMails (33%). Mark 7 more as sent and your own rate replaces the average in this estimate.');
    assert.equal(replyRecordText({ sent: 1, replied: 0 })?.startsWith('**Your replies**: 0 of 1 sent InMail (0%).'), true);
  });

  it('judges a measured rate, and the estimate uses it', () => {
    assert.match(replyRecordText({ sent: 20, replied: 2 })!, /2 of 20 sent InMails \(10%\)\. Under 15% means the copy needs work/);
    assert.match(replyRecordText({ sent: 20, replied: 4 })!, /\(20%\)\. About average/);
    assert.match(replyRecordText({ sent: 20, replied: 6 })!, /\(30%\)\. On target/);
    assert.match(replyRecordText({ sent: 20, replied: 9 })!, /\(45%\)\. Well-crafted copy reaches 40%/);
    const markdown = creditMarkdown(params({ sent: 20, replied: 6 }));
    assert.match(markdown, /Expected refunds at 30% replies \(your sent InMails\) \| 3 \|/);
    assert.match(markdown, /\*\*Your replies\*\*: 6 of 20/);
  });

  it('names the setting when the writer set a rate', () => {
    assert.match(creditMarkdown(params({ sent: 20, replied: 6 }, 0.5)), /Expected refunds at 50% replies \(your setting\) \| 6 \|/);
  });
});

import * as assert from 'node:assert/strict';
import { draftCosts, estimateCredits, nextMonthBalance, parseDocument, PLANS, PLAN_IDS, replyVerdict, sentInMail, type PlanId, type ReplyRecord } from '../../server/src/engine';

describe('credit arithmetic', () => {
  const allotments: [PlanId, number][] = [
    ['premium-career', 5],
    ['premium-business', 15],
    ['sales-navigator-core', 50],
    ['sales-navigator-advanced', 50],
    ['recruiter-lite', 30],
    ['recruiter-corporate', 150],
    ['free', 0],
  ];

  it('knows every plan and its monthly allotment', () => {
    assert.deepEqual(PLAN_IDS.slice().sort(), allotments.map(([p]) => p).sort());
    for (const [plan, monthly] of allotments) assert.equal(PLANS[plan].monthly, monthly, plan);
  });

  describe('rollover is capped at 3x the allotment; refunds ride on top of the cap', () => {
    const table: { plan: PlanId; unused: number; refunds: number; expected: number }[] = [
      { plan: 'sales-navigator-core', unused: 0, refunds: 0, expected: 50 },
      { plan: 'sales-navigator-core', unused: 60, refunds: 0, expected: 110 },
      { plan: 'sales-navigator-core', unused: 150, refunds: 0, expected: 150 },
      { plan: 'sales-navigator-core', unused: 140, refunds: 0, expected: 150 },
      { plan: 'sales-navigator-core', unused: 150, refunds: 12, expected: 162 },
      { plan: 'premium-career', unused: 15, refunds: 0, expected: 15 },
      { plan: 'premium-career', unused: 7, refunds: 2, expected: 14 },
      { plan: 'recruiter-corporate', unused: 400, refunds: 0, expected: 450 },
      { plan: 'recruiter-corporate', unused: 500, refunds: 30, expected: 480 },
      { plan: 'recruiter-lite', unused: 90, refunds: 5, expected: 95 },
      { plan: 'free', unused: 0, refunds: 3, expected: 3 },
    ];
    for (const row of table) {
      it(`${row.plan}: ${row.unused} unused + ${row.refunds} refunded -> ${row.expected}`, () => {
        assert.equal(nextMonthBalance(row.plan, row.unused, row.refunds), row.expected);
      });
    }
  });

  describe('estimates', () => {
    const table: {
      name: string;
      drafts: number;
      plan: PlanId;
      balance?: number;
      replyRate?: number;
      price?: number;
      history?: ReplyRecord;
      expect: Partial<ReturnType<typeof estimateCredits>>;
    }[] = [
      { name: 'fits the allotment', drafts: 12, plan: 'sales-navigator-core', expect: { needed: 12, onHand: 50, onHandAssumed: true, shortfall: 0, shortfallCost: 0, rolloverCap: 150, expectedRefunds: 1, netSpend: 11, monthsToCover: 0 } },
      { name: 'short on Premium Career', drafts: 12, plan: 'premium-career', expect: { onHand: 5, shortfall: 7, shortfallCost: 70, rolloverCap: 15, expectedRefunds: 1, netSpend: 11, monthsToCover: 2 } },
      { name: 'known balance', drafts: 40, plan: 'recruiter-lite', balance: 10, expect: { onHand: 10, onHandAssumed: false, shortfall: 30, shortfallCost: 300, expectedRefunds: 6, netSpend: 34, monthsToCover: 1 } },
      { name: 'high reply rate refunds more', drafts: 100, plan: 'sales-navigator-advanced', replyRate: 0.4, expect: { expectedRefunds: 40, netSpend: 60, shortfall: 50, monthsToCover: 1 } },
      { name: 'custom credit price', drafts: 20, plan: 'premium-business', price: 12.5, expect: { shortfall: 5, shortfallCost: 62.5 } },
      { name: 'free plan never covers', drafts: 3, plan: 'free', expect: { onHand: 0, shortfall: 3, shortfallCost: 30, monthsToCover: Infinity } },
      { name: 'no drafts', drafts: 0, plan: 'recruiter-corporate', expect: { needed: 0, shortfall: 0, expectedRefunds: 0, monthsToCover: 0, rolloverCap: 450 } },
      { name: 'reply rate is clamped', drafts: 10, plan: 'premium-career', replyRate: 7, expect: { replyRate: 1, expectedRefunds: 10, netSpend: 0 } },
      { name: 'no sent InMails: the 15% average', drafts: 20, plan: 'premium-business', expect: { replyRate: 0.15, replyRateSource: 'average', expectedRefunds: 3 } },
      { name: '9 sent are too few to measure', drafts: 20, plan: 'premium-business', history: { sent: 9, replied: 9 }, expect: { replyRate: 0.15, replyRateSource: 'average' } },
      { name: '10 sent, 4 replied: their own 40%', drafts: 20, plan: 'premium-business', history: { sent: 10, replied: 4 }, expect: { replyRate: 0.4, replyRateSource: 'measured', expectedRefunds: 8, netSpend: 12 } },
      { name: 'none of 12 replied: refunds expected from none', drafts: 20, plan: 'premium-business', history: { sent: 12, replied: 0 }, expect: { replyRate: 0, replyRateSource: 'measured', expectedRefunds: 0 } },
      { name: 'a setting wins over the measured rate', drafts: 20, plan: 'premium-business', replyRate: 0.2, history: { sent: 30, replied: 15 }, expect: { replyRate: 0.2, replyRateSource: 'setting', expectedRefunds: 4 } },
    ];
    for (const row of table) {
      it(row.name, () => {
        const estimate = estimateCredits(row.drafts, { plan: row.plan, balance: row.balance, replyRate: row.replyRate, extraCreditPrice: row.price, history: row.history });
        for (const [key, value] of Object.entries(row.expect)) assert.equal(estimate[key as keyof typeof estimate], value, key);
      });
    }
  });

  describe('which drafts cost a credit', () => {
    const table: [string, string, boolean][] = [
      ['an InMail draft', 'Subject: Your Rust talk\n\nHi', true],
      ['a draft with no headers', 'Hi Dana, loved your talk.', true],
      ['a connection request', 'Kind: connection\n\nHi Dana', false],
      ['an Open Profile', 'Subject: x\nOpen-Profile: yes\n\nHi', false],
      ['a 1st-degree connection', 'Subject: x\nDegree: 1st\n\nHi', false],
      ['a 2nd-degree contact', 'Subject: x\nDegree: 2nd\n\nHi', true],
      ['3rd+ as LinkedIn labels it', 'Subject: x\nDegree: 3rd+\n\nHi', true],
      ['already sent', 'Subject: x\nStatus: sent\n\nHi', false],
      ['replied', 'Subject: x\nStatus: replied\n\nHi', false],
      ['a follow-up costs nothing extra', 'Subject: x\n\nHi\n---\nAny thoughts?\n---\nOne more?', true],
    ];
    for (const [name, text, costs] of table) it(name, () => assert.equal(draftCosts(text), costs));
  });

  describe('which drafts are sent InMails, for the reply record', () => {
    const table: [string, string, ReturnType<typeof sentInMail>][] = [
      ['a sent InMail', 'Subject: x\nStatus: sent\n\nHi', 'sent'],
      ['a replied InMail', 'Subject: x\nStatus: Replied\n\nHi', 'replied'],
      ['a draft is not sent yet', 'Subject: x\n\nHi', undefined],
      ['a sent connection request spent no credit', 'Kind: connection\nStatus: sent\n\nHi', undefined],
      ['a sent message to an Open Profile spent no credit', 'Subject: x\nStatus: sent\nOpen-Profile: yes\n\nHi', undefined],
      ['a sent message to a 1st-degree connection spent no credit', 'Subject: x\nStatus: replied\nDegree: 1st\n\nHi', undefined],
      ['only the first message counts', 'Subject: x\n\nHi\n---\nStatus: replied\n\nAny news?', undefined],
    ];
    for (const [name, text, expected] of table) it(name, () => assert.equal(sentInMail(parseDocument(text)), expected));
  });

  it('reads reply rates as the field does: under 15% needs work, 25% is the aim, 40% well crafted', () => {
    const table: [number, ReturnType<typeof replyVerdict>][] = [
      [0, 'needs-work'], [0.149, 'needs-work'], [0.15, 'average'], [0.249, 'average'], [0.25, 'on-target'], [0.399, 'on-target'], [0.4, 'well-crafted'], [1, 'well-crafted'],
    ];
    for (const [rate, verdict] of table) assert.equal(replyVerdict(rate), verdict, String(rate));
  });
});

import * as assert from 'node:assert/strict';
import { lint, subjectGenericReason } from '../../server/src/engine';

/** The subjects offered for a draft whose subject is generic, best first. */
function offered(draft: string): string[] {
  const problem = lint(draft).problems.find((p) => p.ruleId === 'generic-subject');
  assert.ok(problem, 'the subject is flagged as generic');
  return (problem.suggestions ?? []).map((s) => s.edits[0].newText.trim());
}

describe('subject suggestions read like a person wrote them', () => {
  it('names the event and the topic of a talk', () => {
    const subjects = offered('Subject: Exciting opportunity!\nTo: Marcus Webb\nCompany: Stark Logistics\n\nHi Marcus,\n\nI saw your talk at ProMatCon on warehouse robotics. We are hiring a Head of Automation.\n\nAre you open to a short chat about the role?');
    assert.equal(subjects[0], 'Your ProMatCon talk on warehouse robotics');
  });

  it('puts a mutual contact first, however the sentence is capitalised', () => {
    const subjects = offered('Subject: Following up\nTo: Elena Petrova\n\nHi Elena,\n\nZoë Müller suggested I reach out about your data contracts work at Umbrella Labs.\n\nCould I ask you two questions about how you rolled it out?');
    assert.equal(subjects[0], 'Zoë Müller suggested I reach out');
    assert.ok(subjects.includes('Elena, a question on your data contracts work'), subjects.join(' | '));
  });

  it('turns company news into something to congratulate', () => {
    const subjects = offered('Subject: Hello\nTo: Kenji Watanabe\nCompany: Meridian Health\n\nHi Kenji,\n\nSaw that Meridian Health just opened a clinic in Osaka. We help healthcare teams hire bilingual nurses in under 30 days.\n\nWould a 15-minute call on Thursday work?');
    assert.equal(subjects[0], 'Congrats on the new clinic in Osaka');
    assert.ok(!subjects.some((s) => /thursday/i.test(s)), 'never built on the meeting day');
  });

  it('never offers a generic or over-long subject', () => {
    const drafts = [
      'Subject: Quick question\nTo: Priya Raman\nCompany: Globex\n\nHi Priya,\n\nCongrats on the Series B! I read your post on scaling on-call for platform teams.\n\nWould you be open to a 15-minute call next week about on-call rotations?',
      "Subject: Let's connect\n\nHi {{first_name}},\n\nLoved your recent newsletter about churn in year two. We cut churn by 18% at a similar SaaS company.\n\nWorth a quick call to compare notes?",
    ];
    for (const draft of drafts) {
      const subjects = offered(draft);
      assert.ok(subjects.length >= 2, subjects.join(' | '));
      for (const s of subjects) {
        assert.equal(subjectGenericReason(s), undefined, s);
        assert.ok(s.split(/\s+/).length < 10, s);
      }
    }
  });
});

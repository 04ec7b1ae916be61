import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/engine';
import { problemsOf, testRule } from '../../helpers/rule-tester';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

// Lines 1-7.
const FIRST = `Subject: Your KubeCon talk on eBPF\nTo: Dana Lee\nSend: 2026-12-01 09:00\n\nHi Dana,\n\nLoved your KubeCon talk on eBPF. Open to comparing notes?`;
// Three lines each.
const FU1 = `Send: 2026-12-08 09:00\n\nHi Dana, bumping this in case it got buried. Would Thursday work instead?`;
const FU2 = `Send: 2026-12-15 09:00\n\nHi Dana, one last nudge. Should I close the loop?`;
const FU3 = `Send: 2026-12-22 09:00\n\nHi Dana, I'll assume the timing is off. Mind if I check back in Q1?`;

const thread = (...messages: string[]) => messages.join('\n---\n');

testRule('too-many-follow-ups', {
  valid: [
    { name: 'a single message', text: FIRST },
    { name: 'one follow-up', text: thread(FIRST, FU1) },
    { name: 'one follow-up, CRLF', text: crlf(thread(FIRST, FU1)) },
    { name: 'config: maxFollowUps 2 allows two', text: thread(FIRST, FU1, FU2), config: { limits: { maxFollowUps: 2 } } },
    { name: 'a "----" or "— — —" divider in the body is not a separator', text: `${FIRST}\n----\nP.S. the slides are great.\n— — —\nSam` },
    { name: '"---" with trailing text is not a separator', text: `${FIRST}\n--- Sam\n---- \n${'-'.repeat(3)} \nGlobex` },
    { name: 'connection note plus one follow-up', text: thread(`Kind: connection\n\nHi Dana, loved your KubeCon talk. Would be glad to connect.`, FU1) },
  ],
  invalid: [
    {
      name: 'a second follow-up',
      text: thread(FIRST, FU1, FU2),
      problems: [
        {
          message: 'Follow-up 2 is one too many: follow up once, then let it rest.',
          line: 12,
          covers: '---',
          suggestions: ['Remove the 1 extra follow-up'],
        },
      ],
    },
    {
      name: 'three follow-ups: each extra one flagged, one removal offered',
      text: thread(FIRST, FU1, FU2, FU3),
      problems: [
        { message: 'Follow-up 2 is one too many', line: 12, covers: '---', suggestions: ['Remove the 2 extra follow-ups'] },
        { message: 'Follow-up 3 is one too many', line: 16, covers: '---', suggestions: ['Remove the 2 extra follow-ups'] },
      ],
    },
    {
      name: 'config: maxFollowUps 2, three written',
      text: thread(FIRST, FU1, FU2, FU3),
      config: { limits: { maxFollowUps: 2 } },
      problems: [{ message: 'Follow-up 3 is one too many: follow up at most 2 times, then let it rest.', line: 16, covers: '---' }],
    },
    {
      name: 'CRLF: covers the dashes only',
      text: crlf(thread(FIRST, FU1, FU2)),
      problems: [{ message: 'Follow-up 2 is one too many', line: 12, covers: '---' }],
    },
    {
      name: 'follow-ups after a connection note',
      text: thread(`Kind: connection\n\nHi Dana, loved your KubeCon talk. Would be glad to connect.`, FU1, FU2),
      problems: [{ message: 'Follow-up 2 is one too many', line: 8, covers: '---' }],
    },
  ],
});

describe('rule too-many-follow-ups: the removal suggestion', () => {
  it('removes everything from the first extra separator and leaves a clean thread', () => {
    const text = thread(FIRST, FU1, FU2, FU3);
    const [problem] = problemsOf('too-many-follow-ups', text);
    const fixed = applyEdits(text, problem.suggestions![0].edits);
    assert.equal(fixed, `${thread(FIRST, FU1)}\n`);
    assert.deepEqual(problemsOf('too-many-follow-ups', fixed), []);
  });

  it('is not applied by fix-all', () => {
    for (const p of problemsOf('too-many-follow-ups', thread(FIRST, FU1, FU2))) assert.equal(p.fix, undefined);
  });
});

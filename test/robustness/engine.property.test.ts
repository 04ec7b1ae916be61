/**
 * Property tests for the engine: any text at all is a document (docs/format.md: "The format has no
 * syntax errors"), so parsing, linting, fixing and counting must never throw, never point outside the
 * text, and count exactly what the format says they count.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { messageLanguage } from '../../server/src/engine/coach/language';
import { hasSpecificReference } from '../../server/src/engine/copy';
import { graphemesOfNormalized } from '../../server/src/engine/graphemes';
import { mergeFieldUses } from '../../server/src/engine/merge';
import {
  RULES,
  analyzeMessage,
  applyEdits,
  countGraphemes,
  countGraphemesSlow,
  countUnits,
  countWords,
  defaultConfig,
  fixAllEdits,
  lint,
  measureText,
  mergeConfig,
  overflowOffset,
  parseConfigText,
  parseDocument,
  RULE_IDS,
  splitSentences,
  suggestSubjects,
  words,
  type InmailConfig,
  type LintResult,
  type Message,
  type MessageAnalysis,
  type ProblemReport,
} from '../../server/src/engine';
import { anyText, clusterText, draftParts, hostileText, renderDraft, validConfigText } from '../helpers/drafts-arbitrary';
import { WORD_REFERENCE, assertEditsWellFormed, assertOnlyRangesChanged, assertProblemWellFormed, assertSpan, normalizeReference } from '../helpers/edit-checks';
import { itHolds } from '../helpers/property';

function assertLintResultWellFormed(text: string, result: LintResult): void {
  for (const p of result.problems) assertProblemWellFormed(p, text);
  for (let i = 1; i < result.problems.length; i++) {
    const [a, b] = [result.problems[i - 1], result.problems[i]];
    assert.ok(a.start < b.start || (a.start === b.start && a.end <= b.end), 'problems are sorted by position');
  }
  assert.equal(result.stats.messages.length, result.doc.messages.length, 'one stats entry per message');
}

/** The config a valid .inmailrc.json yields, as the CLI builds it. */
function configFrom(configText: string): InmailConfig {
  const parsed = parseConfigText(configText, '.inmailrc.json', RULE_IDS);
  assert.deepEqual(parsed.problems, [], `generated config should be valid: ${configText}`);
  return mergeConfig(defaultConfig(), parsed.config);
}

describe('engine properties: any text is a document', () => {
  itHolds(
    'parseDocument never throws and its spans cover the text consistently',
    () =>
      fc.property(anyText(), (text) => {
        const doc = parseDocument(text);
        assert.ok(doc.messages.length >= 1, 'at least one message');
        let previousEnd = 0;
        doc.messages.forEach((m: Message, i) => {
          const what = `message ${i}`;
          assert.equal(m.index, i, `${what}: index`);
          assertSpan(m.span, text.length, `${what} span`);
          assertSpan(m.bodySpan, text.length, `${what} body span`);
          assert.ok(m.span.start >= previousEnd, `${what} starts after the previous one ends`);
          assert.ok(m.bodySpan.start >= m.span.start && m.bodySpan.end <= m.span.end, `${what}: body inside the message`);
          assert.equal(m.body, text.slice(m.bodySpan.start, m.bodySpan.end), `${what}: body is the text of its span`);
          assert.ok(!/^\s|\s$/.test(m.body), `${what}: body is trimmed`);
          if (i > 0) {
            assert.ok(m.separatorSpan, `${what}: a follow-up has its --- line`);
            assertSpan(m.separatorSpan, text.length, `${what} separator`);
            assert.equal(text.slice(m.separatorSpan.start, m.separatorSpan.start + 3), '---');
          }
          for (const h of m.headers) {
            assert.match(h.name, /^[A-Za-z][A-Za-z0-9_-]*$/, `${what}: header name`);
            for (const span of [h.nameSpan, h.valueSpan, h.lineSpan]) assertSpan(span, text.length, `${what} header ${h.name}`);
            assert.equal(text.slice(h.nameSpan.start, h.nameSpan.end), h.name);
            assert.equal(text.slice(h.valueSpan.start, h.valueSpan.end), h.value);
            assert.ok(h.lineSpan.start >= m.span.start && h.lineSpan.end <= m.bodySpan.start || m.body === '', `${what}: header ${h.name} above the body`);
          }
          previousEnd = m.span.end;
        });
      }),
    { runs: 400 },
  );

  itHolds(
    'lint with the default config never throws, never crashes a rule, and keeps every range inside the text',
    () =>
      fc.property(anyText(), (text) => {
        assertLintResultWellFormed(text, lint(text));
      }),
    { runs: 400 },
  );

  itHolds(
    'lint with random valid configs never throws and keeps every range inside the text',
    () =>
      fc.property(anyText(), validConfigText, (text, configText) => {
        assertLintResultWellFormed(text, lint(text, configFrom(configText)));
      }),
    { runs: 300 },
  );

  itHolds(
    'every rule, run on its own, reports inside the text (before lint clamps anything)',
    () =>
      fc.property(anyText(), fc.option(validConfigText, { nil: undefined }), (text, configText) => {
        const doc = parseDocument(text);
        const config = configText ? configFrom(configText) : defaultConfig();
        const cache = new Map<Message, MessageAnalysis>();
        const analysis = (m: Message) => cache.get(m) ?? cache.set(m, analyzeMessage(m)).get(m)!;
        for (const rule of RULES) {
          const reports: ProblemReport[] = [];
          // Called directly: lint() would turn a throw into an "internal error" problem and clamp the ranges.
          rule.check({ doc, config, analysis, measure: (m) => analysis(m).measure, suggestSubjects: (m) => suggestSubjects(m, config.limits), language: (m) => messageLanguage(m, doc.messages), hasEvidence: (m, lang) => hasSpecificReference(m.body, lang, m.company), mergeFields: () => mergeFieldUses(doc), report: (p) => reports.push(p) });
          for (const r of reports) {
            assertSpan(r, text.length, `${rule.meta.id} report`);
            if (r.fix) assertEditsWellFormed(r.fix.edits, text.length, `${rule.meta.id} fix`);
            for (const s of r.suggestions ?? []) assertEditsWellFormed(s.edits, text.length, `${rule.meta.id} suggestion "${s.title}"`);
            if (r.fix) assert.ok(rule.meta.fixable, `${rule.meta.id} is not declared fixable but reported a fix`);
            if (r.suggestions?.length) assert.ok(rule.meta.hasSuggestions, `${rule.meta.id} is not declared to have suggestions but reported some`);
          }
        }
      }),
    { runs: 300 },
  );

  itHolds(
    'fixAllEdits gives sorted, disjoint edits inside the text; applyEdits changes only those ranges',
    () =>
      fc.property(anyText(), (text) => {
        const { problems } = lint(text);
        const edits = fixAllEdits(problems);
        for (let i = 0; i < edits.length; i++) {
          assertSpan(edits[i], text.length, 'fix-all edit');
          if (i > 0) assert.ok(edits[i - 1].end <= edits[i].start, `fix-all edits ${i - 1} and ${i} overlap or are out of order`);
        }
        for (const e of edits) assert.ok(problems.some((p) => p.fix?.edits.includes(e)), 'every fix-all edit comes from a problem\'s fix');
        const fixed = applyEdits(text, edits);
        assertOnlyRangesChanged(text, fixed, edits);
        assertLintResultWellFormed(fixed, lint(fixed));
      }),
    { runs: 300 },
  );

  itHolds(
    'parseConfigText never throws, whatever the file holds',
    () =>
      fc.property(fc.oneof(hostileText, fc.json(), validConfigText, validConfigText.map((t) => t.slice(0, t.length >> 1))), (text) => {
        const result = parseConfigText(text, '.inmailrc.json', RULE_IDS);
        for (const p of result.problems) assert.ok(p.line >= 1 && p.column >= 1 && p.start >= 0 && p.end <= text.length, `config problem position ${JSON.stringify(p)}`);
        mergeConfig(defaultConfig(), result.config);
      }),
    { runs: 300 },
  );
});

describe('engine properties: counting', () => {
  const countable = fc.oneof(hostileText, clusterText, anyText());

  itHolds(
    'countUnits is the UTF-16 length after CRLF/CR -> LF and NFC',
    () =>
      fc.property(countable, (text) => {
        assert.equal(countUnits(text), normalizeReference(text).length);
      }),
    { runs: 800 },
  );

  itHolds(
    'the grapheme fast paths agree with Intl.Segmenter on the normalised text',
    () =>
      fc.property(fc.oneof({ weight: 3, arbitrary: clusterText }, { weight: 1, arbitrary: countable }), (text) => {
        const normalized = normalizeReference(text);
        const expected = countGraphemesSlow(normalized);
        assert.equal(countGraphemes(text), expected, 'countGraphemes');
        assert.equal(graphemesOfNormalized(normalized), expected, 'graphemesOfNormalized');
        assert.equal(measureText(text).graphemes, expected, 'measureText');
      }),
    { runs: 800 },
  );

  itHolds(
    'the word scanner finds exactly the words of the documented pattern',
    () =>
      fc.property(countable, (text) => {
        assert.deepEqual(words(text), text.match(WORD_REFERENCE) ?? []);
        assert.equal(countWords(text), (text.match(WORD_REFERENCE) ?? []).length);
      }),
    { runs: 800 },
  );

  itHolds(
    'splitSentences never throws and returns trimmed pieces of the text',
    () =>
      fc.property(countable, (text) => {
        for (const s of splitSentences(text)) {
          assert.ok(s.length > 0 && s === s.trim(), 'a sentence is trimmed and not empty');
          assert.ok(text.includes(s), 'a sentence is a piece of the text');
        }
      }),
    { runs: 400 },
  );

  itHolds(
    'overflowOffset is the first offset whose prefix counts over the limit, never inside a surrogate pair',
    () =>
      fc.property(fc.oneof(hostileText, clusterText).map((t) => t.slice(0, 80)), fc.integer({ min: 0, max: 90 }), (text, limit) => {
        const at = overflowOffset(text, limit);
        const total = countUnits(text);
        if (total <= limit) return assert.equal(at, undefined, 'fits: no offset');
        assert.ok(at !== undefined && at >= 0 && at < text.length, `an offset inside the text, got ${at}`);
        assert.ok(countUnits(text.slice(0, at)) <= limit, 'the text before the offset fits');
        // The first prefix past the limit ends at `at` + 1, or + 2 when the offset backed up over a surrogate pair.
        const pair = /[\ud800-\udbff]/.test(text[at]) && /[\udc00-\udfff]/.test(text[at + 1] ?? '');
        assert.ok(countUnits(text.slice(0, at + (pair ? 2 : 1))) > limit, 'one more character is over the limit');
        for (let o = 0; o < at; o++) assert.ok(countUnits(text.slice(0, o + 1)) <= limit || (o === at - 1 && pair), `no earlier offset (${o}) is over`);
      }),
    { runs: 400 },
  );

  itHolds(
    "stats equal the reference: bodyLength is the trimmed body's normalised length, graphemes are Intl.Segmenter's",
    () =>
      fc.property(anyText(), (text) => {
        const { doc, stats } = lint(text);
        doc.messages.forEach((m, i) => {
          const s = stats.messages[i];
          const body = normalizeReference(m.body);
          assert.equal(s.bodyLength, body.length, `message ${i} bodyLength`);
          assert.equal(s.bodyGraphemes, countGraphemesSlow(body), `message ${i} bodyGraphemes`);
          assert.equal(s.bodyWords, (m.body.match(WORD_REFERENCE) ?? []).length, `message ${i} bodyWords`);
          assert.equal(s.subjectLength, normalizeReference(m.subject?.value ?? '').length, `message ${i} subjectLength`);
        });
        assert.equal(stats.bodyLength, stats.messages[0].bodyLength);
        assert.equal(stats.subjectLength, stats.messages[0].subjectLength);
      }),
    { runs: 400 },
  );

  itHolds(
    'CRLF and LF versions of a draft have equal stats and the same rule ids',
    () =>
      fc.property(draftParts, (parts) => {
        // Noise may bring its own CRs; the LF version has none, the CRLF version has CRLF only.
        const lf = renderDraft(parts).replace(/\r\n?/g, '\n');
        const crlf = lf.replace(/\n/g, '\r\n');
        const [a, b] = [lint(lf), lint(crlf)];
        const comparable = (r: LintResult) => r.stats.messages.map(({ overflow, ...rest }) => ({ ...rest, hard: !!overflow.hard, soft: !!overflow.soft }));
        assert.deepEqual(comparable(b), comparable(a), 'stats');
        const ids = (r: LintResult) => r.problems.map((p) => p.ruleId).sort();
        assert.deepEqual(ids(b), ids(a), 'rule ids');
      }),
    { runs: 400 },
  );

  itHolds(
    'CR-only versions of a draft count and lint like LF versions (format.md: a line break is \\n, \\r\\n or \\r)',
    () =>
      fc.property(draftParts, (parts) => {
        const lf = renderDraft(parts).replace(/\r\n?/g, '\n');
        const cr = lf.replace(/\n/g, '\r');
        const [a, b] = [lint(lf), lint(cr)];
        const counts = (r: LintResult) => r.stats.messages.map((m) => [m.subjectLength, m.bodyLength, m.bodyGraphemes, m.bodyWords, m.bodySentences]);
        assert.deepEqual(counts(b), counts(a), 'subject length, body length, graphemes, words, sentences');
        assert.deepEqual(b.problems.map((p) => p.ruleId).sort(), a.problems.map((p) => p.ruleId).sort(), 'rule ids');
      }),
    { runs: 300 },
  );
});

describe('engine regressions found by the properties', () => {
  it('an extending character after a control character is a grapheme of its own, as Intl.Segmenter says', () => {
    // UAX #29: GB4 (break after a control: Cc, and Cf such as RLM, ZWSP or the BOM) wins over GB9 (no break before Extend).
    for (const text of ['\u0000\u0cbc', '\t\u0301', '\ufeff\u0301', '\u200f\u{1f3fb}', '\u200b\u{1f3fd}']) {
      assert.equal(countGraphemes(text), countGraphemesSlow(text.normalize('NFC')), JSON.stringify(text));
    }
  });

  it('the RABT check reads a CRLF draft like its LF twin (a number at the end of a line)', () => {
    const lf = 'Subject: Your post on Rust\n\nHi Ana, we shipped it in 3\ndays. Would you be open to a call?';
    assert.deepEqual(lint(lf.replace(/\n/g, '\r\n')).stats.messages[0].rabt, lint(lf).stats.messages[0].rabt);
  });
});

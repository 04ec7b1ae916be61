/**
 * The regexes rewritten to run in linear time (issue 11) find exactly what they found before, on texts made
 * of the pieces that matter to each; and the adversarial inputs of regex-linear.test.ts do catch the old ones.
 */
import * as assert from 'node:assert/strict';
import { mergeFieldNames } from '../../server/src/engine/copy';
import { askTopic } from '../../server/src/engine/subjects';
import { nextSentenceEnd } from '../../server/src/engine/words';
import { generatedTexts } from '../helpers/generated';
import { slowInputs } from './adversarial';

// The patterns as they were, kept as the definition the rewrites must agree with.
const OLD_MERGE_FIELD = /\{\{\s*([^{}\n]*?)\s*\}\}/g;
const OLD_SENTENCE_END = /(?<![\s.]\p{L}\.)(?<!\b(?:e\.g|i\.e|etc|vs|Mr|Mrs|Ms|Dr|St|Inc|Ltd|Co))[.!?…]+["')\]’”]*(?=\s|$)/gu;
const OLD_ASK_TOPIC = /\b(?:about|on|around|regarding|re)\s+((?:how|what|why|your|the|\p{L})[^.,;:!?\n()—–]*)\?/iu;
const OLD_TRAILING = /\s+(?:and|or|but|the|a|an|of|to|for|with|in|on|at|by|that|which|who|it|is|was|i|we|you|your|my|our|so|as|from|about|last|this|next)$/i;

function oldSentenceEnds(text: string): number[] {
  return [...text.matchAll(OLD_SENTENCE_END)].map((m) => m.index + m[0].length);
}

function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let end = nextSentenceEnd(text, 0); end !== -1; end = nextSentenceEnd(text, end)) ends.push(end);
  return ends;
}

describe('linear rewrites find what the regexes they replace found', () => {
  it('merge field names, on 20,000 texts of braces, spaces and line breaks', () => {
    const pieces = ['{{', '}}', '{', '}', ' ', '  ', '\n', '\t', '\r', 'a', 'first_name', '\u00a0'];
    for (const [text] of generatedTexts({ seed: 11, pieces, count: 20_000, maxExtra: 12 })) {
      assert.deepEqual(mergeFieldNames(text), [...text.matchAll(OLD_MERGE_FIELD)].map((m) => m[1]), JSON.stringify(text));
    }
  });

  it('sentence ends, on 20,000 texts of punctuation, initials and abbreviations', () => {
    const pieces = ['.', '..', '!', '?', '…', '"', "'", ')', ']', '’', '”', ' ', '\n', '\u00a0', 'a', 'J', 'é', '𝐀', 'e.g', 'i.e', 'etc', 'vs', 'Mr', 'Co', 'Taco', '_', '3'];
    for (const [text] of generatedTexts({ seed: 12, pieces, count: 20_000, maxExtra: 14 })) {
      assert.deepEqual(sentenceEnds(text), oldSentenceEnds(text), JSON.stringify(text));
    }
  });

  it('the topic of the first question, on 20,000 texts of keywords, spaces and clause ends', () => {
    const pieces = ['about', 'on', 'around', 'regarding', 're', 'ON', 'About', ' ', '  ', '\n', 'how', 'x', 'é', '𝐀', '1', '_', '?', '.', ',', '(', '—', 'reon'];
    for (const [text] of generatedTexts({ seed: 13, pieces, count: 20_000, maxExtra: 14 })) {
      assert.equal(askTopic(text), OLD_ASK_TOPIC.exec(text)?.[1], JSON.stringify(text));
    }
  });
});

describe('the adversarial inputs catch the patterns that froze a lint', function () {
  this.timeout(60_000);
  // Quick to fail: the ladder of sizes stops at the first input over the bound.
  for (const [name, pattern] of Object.entries({ OLD_MERGE_FIELD, OLD_SENTENCE_END, OLD_ASK_TOPIC, OLD_TRAILING })) {
    it(name, () => assert.notDeepEqual(slowInputs(pattern, 100_000, 200, true), []));
  }
});

import * as assert from 'node:assert/strict';
import { splitLines, trimSpan } from '../../server/src/engine/parse';
import { isTrimmable } from '../../server/src/engine/words';
import { generatedTexts } from '../helpers/generated';

describe('line splitting', () => {
  // The definition: a line ends at CRLF, LF or a lone CR; the last line has no break.
  function reference(text: string) {
    const lines = [];
    const breaks = /\r\n|\r|\n/g;
    let start = 0;
    for (const m of text.matchAll(breaks)) {
      lines.push({ start, end: m.index, next: m.index + m[0].length });
      start = m.index + m[0].length;
    }
    lines.push({ start, end: text.length, next: text.length });
    return lines;
  }

  it('agrees with the definition on LF-only and mixed line breaks (both code paths)', () => {
    const pieces = ['a', 'Subject: x', ' ', '\n', '\n\n', '\r\n', '\r', '---', 'é'];
    let lfOnly = 0;
    for (const [s] of generatedTexts({ seed: 3, pieces, count: 4000, maxExtra: 20 })) {
      if (!s.includes('\r')) lfOnly++;
      assert.deepEqual(splitLines(s), reference(s), JSON.stringify(s));
    }
    assert.ok(lfOnly > 500 && lfOnly < 3500, `${lfOnly} of 4000 samples were LF-only`);
  });
});

describe('whitespace', () => {
  it('trims exactly what \\s matches, over the whole Basic Multilingual Plane', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isTrimmable(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  it('trims a span as String.prototype.trim trims its text', () => {
    const text = ' \t\u00a0 Hi Dana \u2003\n\ufeff';
    const span = trimSpan(text, 0, text.length);
    assert.equal(text.slice(span.start, span.end), text.trim());
  });
});

import * as assert from 'node:assert/strict';
import { splitLines, trimSpan } from '../../server/src/engine/parse';
import { isTrimmable } from '../../server/src/engine/words';
import { parseSendTime } from '../../server/src/engine/headers';
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

describe('send time', () => {
  // The pattern the positional reader replaced: every value it reads, the reader reads the same.
  const reference = (value: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(value.trim());
    if (!m) return undefined;
    const [year, month, day, hour, minute] = m.slice(1).map(Number);
    if (month < 1 || month > 12 || hour > 23 || minute > 59) return undefined;
    const ms = Date.UTC(year, month - 1, day);
    const date = new Date(ms);
    if (date.getUTCDate() !== day) return undefined;
    return { year, month, day, hour, minute, weekday: date.getUTCDay(), dayNumber: Math.round(ms / 86_400_000) };
  };

  it('reads a Send value as the pattern YYYY-MM-DD HH:MM does, and nothing else', () => {
    const base = '2026-12-01 09:00';
    const values = [base, ' 2026-02-28T23:59\t', '2026-02-29 10:00', '2028-02-29 10:00', '0099-01-01 00:00', '2026-00-10 09:00', '2026-13-10 09:00',
      '2026-12-00 09:00', '2026-12-32 09:00', '2026-12-01 24:00', '2026-12-01 09:60', '2026-12-01 -1:00', '2026-12-01 +1:00', '2026-12-01 09:00\n',
      '2026-12-01  09:00', '2026-12-01 09:00 x', '２０２６-12-01 09:00', '2026/12/01 09:00', '2026-12-01t09:00', ''];
    // Every character of a good value swapped for each character that could stand there or nearly.
    for (let i = 0; i < base.length; i++) for (const c of '0159 T-:+.a\u0660') values.push(base.slice(0, i) + c + base.slice(i + 1));
    for (const value of values) assert.deepEqual(parseSendTime(value), reference(value), JSON.stringify(value));
    assert.ok(values.filter((v) => reference(v)).length > 20, 'the samples hold good values too');
  });
});

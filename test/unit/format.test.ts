import * as assert from 'node:assert/strict';
import { creditMarkdown, replyRecordText } from '../../client/src/format';
import { estimateCredits } from '../../server/src/engine';
import { escapeMarkdown, markdownCode } from '../../server/src/lsp/markdown';
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

// The renderer VS Code's Markdown preview uses, with raw HTML and bare links on, as the preview has them.
const MarkdownIt = require('markdown-it') as new (options: object) => { render(source: string): string };
const preview = new MarkdownIt({ html: true, linkify: true });

describe('draft text in Markdown', () => {
  const hostile = [
    '![x](http://evil.example/pixel.png)',
    '<img src=x onerror=alert(1)>',
    '[link](javascript:alert(1))',
    '<script>alert(1)</script> & <b>bold</b>',
    '**strong** _em_ `code` ~~gone~~ | cell | $(zap) \\ end',
    'line one\n# a heading\n\n- a list',
    'http://autolinked.example www.linkified.example',
    '&lt;img src=x&gt; &#60;img&#62;',
  ];
  const decode = (html: string) => html.replace(/&(lt|gt|quot|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[e]!);

  it('shows workspace subjects and paths as written in the credit breakdown: no image, link or HTML', () => {
    const drafts = hostile.map((subject, i) => ({ uri: `file:///w/${i}/${hostile[(i + 1) % hostile.length].replace(/\n/g, ' ')}.inmail`, subject }));
    const markdown = creditMarkdown({ ...params({ sent: 0, replied: 0 }), drafts }, (uri) => decodeURIComponent(uri.slice('file:///w/'.length)));
    const html = preview.render(markdown);
    const list = html.slice(html.indexOf('Drafts</h3>') + 'Drafts</h3>'.length);
    assert.deepEqual([...new Set(list.match(/<\/?[a-z][a-z0-9]*/gi))].sort(), ['</code', '</li', '</ul', '<code', '<li', '<ul'], 'the list holds list items and code spans, nothing from draft text');
    const items = [...list.matchAll(/<li>(.*?)<\/li>/gs)].map((m) => decode(m[1].replace(/<\/?code>/g, '')));
    assert.deepEqual(
      items,
      drafts.map((d, i) => `${i}/${hostile[(i + 1) % hostile.length].replace(/\n/g, ' ')}.inmail: ${d.subject.replace(/\n+/g, ' ')}`),
      'each draft line reads as its path and subject',
    );
  });

  it('escapes text for a hover and fences code spans past any backticks inside', () => {
    for (const text of hostile) {
      assert.equal(decode(preview.render(escapeMarkdown(text)).trim()), `<p>${text.replace(/\n+/g, ' ')}</p>`, text);
      assert.equal(decode(preview.render(markdownCode(text)).trim().replace(/^<p><code>|<\/code><\/p>$/g, '')), text.replace(/\n+/g, ' '), text);
    }
    assert.equal(markdownCode('a ``b`` c'), '```a ``b`` c```');
    assert.equal(markdownCode('`edge`'), '`` `edge` ``');
  });
});

/**
 * The page of `InMail: Preview for Recipient`. Pure (no vscode import), so its safety is unit-tested: one
 * nonce for its one style and one script, nothing remote, and recipients' values set as text, never as HTML.
 */

/** A fresh nonce per page: 128 bits from the platform's generator (Node and web workers both have it). */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function previewHtml(nonce: string, cspSource: string): string {
  const csp = [`default-src 'none'`, `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `font-src ${cspSource}`, `img-src ${cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview for Recipient</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<nav aria-label="Recipients">
  <button id="previous" title="Previous recipient (P)" aria-keyshortcuts="p">&#8592; Previous</button>
  <button id="next" title="Next recipient (N)" aria-keyshortcuts="n">Next &#8594;</button>
  <button id="first-problem" title="First recipient with a problem (F)" aria-keyshortcuts="f">First problem</button>
  <button id="next-problem" title="Next recipient with a problem (E)" aria-keyshortcuts="e">Next problem</button>
</nav>
<p id="where" role="status" aria-live="polite"></p>
<p id="unavailable" hidden></p>
<main id="content" hidden>
  <ul id="problems" aria-label="This recipient's problems"></ul>
  <section aria-labelledby="inbox-title">
    <h2 id="inbox-title">Mobile inbox, before the tap</h2>
    <div class="phone" role="img" id="phone" aria-label="">
      <div class="sender">You</div>
      <div class="inbox-subject" id="inbox-subject"></div>
      <div class="inbox-body" id="inbox-body"></div>
    </div>
  </section>
  <div id="messages"></div>
  <section aria-labelledby="fields-title">
    <h2 id="fields-title">Fields</h2>
    <table id="fields"><thead><tr><th scope="col">Column</th><th scope="col">Value</th></tr></thead><tbody></tbody></table>
  </section>
</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px 24px; }
nav { display: flex; flex-wrap: wrap; gap: 6px; padding-top: 12px; }
button { font: inherit; color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); border: 1px solid var(--vscode-button-border, transparent); padding: 4px 10px; cursor: pointer; }
button:hover { background: var(--vscode-button-secondaryHoverBackground); }
button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
button:disabled { opacity: 0.5; cursor: default; }
h2 { font-size: 1em; font-weight: 600; margin: 18px 0 6px; color: var(--vscode-descriptionForeground); }
#where { color: var(--vscode-descriptionForeground); }
#problems { padding-left: 18px; }
#problems li.error { color: var(--vscode-errorForeground); }
#problems li.warning { color: var(--vscode-editorWarning-foreground); }
.phone { width: 360px; max-width: 100%; box-sizing: border-box; padding: 10px 14px; border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, currentColor)); border-radius: 10px; background: var(--vscode-sideBar-background, var(--vscode-editor-background)); }
.sender { font-weight: 600; }
.inbox-subject { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.inbox-body { color: var(--vscode-descriptionForeground); display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; overflow-wrap: anywhere; }
.message { border-top: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); margin-top: 12px; }
.subject { font-weight: 600; margin: 6px 0; }
.body { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.5; max-width: 60em; }
.counts { color: var(--vscode-descriptionForeground); }
.over { color: var(--vscode-errorForeground); font-weight: 600; }
.long { color: var(--vscode-editorWarning-foreground); font-weight: 600; }
table { border-collapse: collapse; }
th, td { text-align: left; padding: 2px 12px 2px 0; vertical-align: top; }
td.empty { color: var(--vscode-editorWarning-foreground); font-style: italic; }
`;

// Plain browser script: it runs in the webview, so it is not type-checked with the extension's code.
const SCRIPT = `
(() => {
  const vscode = acquireVsCodeApi();
  const $ = (id) => document.getElementById(id);
  const n = (v) => v.toLocaleString('en-US');
  const el = (tag, text, className) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (className) e.className = className; return e; };
  let shown;
  const go = (to) => vscode.postMessage({ type: 'go', to });
  for (const id of ['previous', 'next', 'first-problem', 'next-problem']) $(id).addEventListener('click', () => go(id));
  const KEYS = { p: 'previous', n: 'next', f: 'first-problem', e: 'next-problem', ArrowLeft: 'previous', ArrowRight: 'next' };
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const to = KEYS[event.key];
    if (to && !$(to).disabled) { event.preventDefault(); go(to); }
  });
  // Against the sweet spot where there is one (past it: a warning), and the hard limit (past it: refused,
  // and then counted against that limit, by what LinkedIn would cut).
  const count = (label, length, max, sweet) => {
    const over = length > max;
    const aim = over ? max : sweet ?? max;
    const span = el('span', label + ' ' + n(length) + '/' + n(aim), over ? 'over' : length > aim ? 'long' : '');
    if (length > aim) span.textContent += ' (+' + n(length - aim) + ')';
    if (over) span.textContent += ', past what LinkedIn sends';
    else if (sweet !== undefined) span.textContent += ', max ' + n(max);
    return span;
  };
  function show(p) {
    shown = p;
    if ('unavailable' in p) {
      $('content').hidden = true;
      $('unavailable').hidden = false;
      $('unavailable').textContent = p.unavailable;
      $('where').textContent = '';
      for (const id of ['previous', 'next', 'first-problem', 'next-problem']) $(id).disabled = true;
      vscode.postMessage({ type: 'drawn', row: -1, unavailable: p.unavailable });
      return;
    }
    $('unavailable').hidden = true;
    $('content').hidden = false;
    $('previous').disabled = p.row === 0;
    $('next').disabled = p.row >= p.total - 1;
    $('first-problem').disabled = p.firstProblem === -1;
    $('next-problem').disabled = p.nextProblem === -1 || (p.problemRows === 1 && p.nextProblem === p.row);
    $('where').textContent = 'Recipient ' + n(p.row + 1) + ' of ' + n(p.total) + ': ' + p.name + ' (line ' + n(p.line) + ' of ' + p.recipients + ')' +
      (p.problemRows ? ' · ' + n(p.problemRows) + ' with problems' : ' · no recipient has a problem of their own');
    const problems = $('problems');
    problems.replaceChildren(...p.problems.map((q) => el('li', q.message + ' (' + q.ruleId + ', line ' + (q.line + 1) + ')', q.severity)));
    problems.hidden = p.problems.length === 0;
    const first = p.messages[0];
    $('inbox-subject').textContent = first.subject ?? '';
    $('inbox-body').textContent = first.body;
    $('phone').setAttribute('aria-label', 'Mobile inbox: ' + (first.subject ? first.subject + '. ' : '') + first.body.split('\\n').slice(0, 2).join(' '));
    $('messages').replaceChildren(...p.messages.map((m) => {
      const section = el('section', undefined, 'message');
      section.append(el('h2', m.index === 0 ? (m.kind === 'connection' ? 'Connection note' : 'Message') : 'Follow-up ' + m.index));
      const counts = el('p', undefined, 'counts');
      if (m.subject !== undefined) counts.append(count('Subject', m.subjectLength, m.subjectMax), ' · ');
      counts.append(count('Body', m.bodyLength, m.bodyMax, m.bodySweetSpot));
      section.append(counts);
      if (m.subject !== undefined) section.append(el('p', m.subject, 'subject'));
      section.append(el('div', m.body, 'body'));
      return section;
    }));
    $('fields').tBodies[0].replaceChildren(...p.fields.map((f) => {
      const tr = el('tr');
      tr.append(el('th', f.column), f.value === '' ? el('td', '(empty)', 'empty') : el('td', f.value));
      tr.firstChild.scope = 'row';
      return tr;
    }));
    vscode.postMessage({ type: 'drawn', row: p.row, name: p.name, subject: $('inbox-subject').textContent, body: document.querySelector('.body')?.textContent ?? '', problems: problems.children.length });
  }
  window.addEventListener('message', (event) => { if (event.data?.type === 'show') show(event.data.preview); });
  vscode.postMessage({ type: 'ready' });
})();
`;

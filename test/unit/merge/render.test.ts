/** Rendering a recipient's message, and placing what is found there back on the template. */
import * as assert from 'node:assert/strict';
import { isTable, mergeFieldUses, parseDocument, parseRecipients, renderRecipient, renderText, toTemplateSpan, type RecipientTable } from '../../../server/src/engine';

function setup(template: string, csv: string) {
  const table = parseRecipients(csv) as RecipientTable;
  assert.ok(isTable(table));
  const uses = mergeFieldUses(parseDocument(template), table);
  return { table, uses, render: (row: number) => renderText(template, uses, table.rows[row]) };
}

describe('renderText', () => {
  const CSV = 'first_name,company,recent_post\nDana,Acme,remote onboarding\nBo,,\nZoë,Café Société 🎉,日本語の投稿\n';
  const cases: { name: string; template: string; row: number; rendered: string }[] = [
    { name: 'fields in the subject and body', template: 'Subject: Your post on {{recent_post}}\n\nHi {{first_name}}, about {{company}}?', row: 0, rendered: 'Subject: Your post on remote onboarding\n\nHi Dana, about Acme?' },
    { name: 'a missing field stays as written', template: 'Hi {{frist_name}}, {{first_name}}?', row: 0, rendered: 'Hi {{frist_name}}, Dana?' },
    { name: 'empty values leave nothing', template: 'Hi {{first_name}}, your post on {{recent_post}} at {{company}}.', row: 1, rendered: 'Hi Bo, your post on  at .' },
    { name: 'a repeated field is filled each time', template: '{{first_name}} {{ First Name }} {{first-name}}', row: 0, rendered: 'Dana Dana Dana' },
    { name: 'Unicode values (accents, emoji, CJK)', template: 'Hi {{first_name}} at {{company}}: {{recent_post}}', row: 2, rendered: 'Hi Zoë at Café Société 🎉: 日本語の投稿' },
  ];
  for (const c of cases) {
    it(c.name, () => assert.equal(setup(c.template, CSV).render(c.row).text, c.rendered));
  }

  it('a very long value is filled whole', () => {
    const long = 'x'.repeat(50_000);
    assert.equal(setup('A {{a}} B', `a\n${long}\n`).render(0).text, `A ${long} B`);
  });

  it('places a span of the rendered text on the template: through a value it widens to the field', () => {
    const template = 'Hi {{first_name}}, about {{company}}!';
    const { render } = setup(template, CSV);
    const rendered = render(0); // 'Hi Dana, about Acme!'
    const at = (s: string) => rendered.text.indexOf(s);
    const place = (start: number, end: number) => {
      const span = toTemplateSpan(rendered, { start, end }, template.length);
      return template.slice(span.start, span.end);
    };
    assert.equal(place(0, 2), 'Hi', 'template text before any field maps one to one');
    assert.equal(place(at('Dana'), at('Dana') + 4), '{{first_name}}', 'a whole value is its field');
    assert.equal(place(at('Dana') + 1, at('Dana') + 3), '{{first_name}}', 'part of a value is its field');
    assert.equal(place(at(', about'), at('Acme') + 2), ', about {{company}}', 'a span ending inside a value takes its field');
    assert.equal(place(at('!'), at('!') + 1), '!', 'text after fields is shifted by their difference');
    assert.equal(place(0, rendered.text.length), template, 'the whole message is the whole template');
  });

  it('places spans at an empty value on the template text around it', () => {
    const template = 'Hi {{first_name}}, on {{recent_post}}.';
    const rendered = setup(template, CSV).render(1); // 'Hi Bo, on .'
    const dot = rendered.text.lastIndexOf('.');
    const span = toTemplateSpan(rendered, { start: dot, end: dot + 1 }, template.length);
    assert.equal(template.slice(span.start, span.end), '.');
  });

  it('renders one recipient\'s draft, parsed: their subject and body as they will read them', () => {
    const template = 'Subject: Your post on {{recent_post}}\n\nHi {{first_name}},\n\nAbout {{company}}?';
    const table = parseRecipients(CSV) as RecipientTable;
    const rendered = renderRecipient(parseDocument(template), table, table.rows[2]);
    assert.equal(rendered.doc.messages[0].subject?.value, 'Your post on 日本語の投稿');
    assert.equal(rendered.doc.messages[0].body, 'Hi Zoë,\n\nAbout Café Société 🎉?');
  });
});

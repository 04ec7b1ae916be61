import type { SuggestLexicon } from './types';

const same = <T>(value: T) => ({ formal: value, informal: value });
const M = { gender: 'm' } as const;
const F = { gender: 'f' } as const;

export const es: SuggestLexicon = {
  determiners: {
    el: M, la: F, los: { gender: 'm', plural: true }, las: { gender: 'f', plural: true }, un: { gender: 'm', dropped: true, indefinite: true }, una: { gender: 'f', dropped: true, indefinite: true }, unos: { gender: 'm', plural: true, dropped: true, indefinite: true }, unas: { gender: 'f', plural: true, dropped: true, indefinite: true },
    su: {}, sus: { plural: true }, tu: {}, tus: { plural: true }, nuestro: M, nuestra: F, nuestros: { gender: 'm', plural: true }, nuestras: { gender: 'f', plural: true },
    mi: { dropped: true }, mis: { plural: true, dropped: true }, este: M, esta: F, estos: { gender: 'm', plural: true }, estas: { gender: 'f', plural: true }, del: { gender: 'm', dropped: true }, al: { gender: 'm', dropped: true },
  },
  dropsInflectedAdjectives: false,
  whereBeforeHead: false,
  placePrepositions: ['en', 'durante', 'tras', 'después'],
  conversationNouns: ['charla', 'charlas', 'conversación', 'conversaciones', 'reunión', 'llamada', 'café', 'comida', 'encuentro', 'intercambio'],
  sombreNews: ['despidos', 'despido', 'ere', 'cierre', 'reestructuración', 'quiebra', 'concurso', 'filtración', 'caída', 'retirada', 'demanda', 'dimisión', 'salida', 'pérdida', 'pérdidas', 'huelga'],
  congratulations: ['enhorabuena', 'felicidades', 'felicitaciones', 'felicito', 'felicitarte', 'felicitarle'],
  subjectPronouns: ['usted', 'Usted', 'tú', 'Tú'],
  informalPronouns: ['tú', 'tu', 'tus', 'te', 'ti', 'contigo', 'vosotros', 'vuestro', 'vuestra'],
  formalPronouns: ['usted', 'ustedes'],
  danglingWords: ['cómo', 'qué', 'cuál', 'cuándo', 'dónde', 'quién', 'porque', 'último', 'última', 'próximo', 'próxima', 'más', 'muy', 'junto', 'cerca', 'frente', 'delante', 'detrás', 'dentro', 'fuera', 'encima', 'debajo', 'alrededor'],
  your: { formal: { other: 'su', pl: 'sus' }, informal: { other: 'tu', pl: 'tus' } },
  yourDative: { formal: { other: 'su', pl: 'sus' }, informal: { other: 'tu', pl: 'tus' } },
  our: { m: 'nuestro', f: 'nuestra', plm: 'nuestros', plf: 'nuestras' },
  article: { m: 'el', f: 'la', plm: 'los', plf: 'las' },
  templates: {
    work: same(['{your} {phrase}', 'Sobre {your} {phrase}', '{name}, {your} {phrase}', '{said}', '{phrase}']),
    news: same(['{said}', '{company}: {phrase}']),
    cheer: same(['Enhorabuena por {article} {phrase}']),
    move: { formal: ['Enhorabuena por su llegada a {dest}', '{your} {phrase}', '{said}'], informal: ['Enhorabuena por tu llegada a {dest}', '{your} {phrase}', '{said}'] },
    mutual: same(['De parte de {mutual}', 'Por recomendación de {mutual}']),
    conversation: same(['Nuestra charla {about_prep} {about}', '{our} {chat}', 'Nuestra charla {placed}', 'Tras {our} {chat}', '{said}']),
    'shared-background': same(['{shared} en común', '{said}']),
    company: same(['{said}', '{company}: {phrase}']),
    ask: same(['Una pregunta sobre {topic}']),
  },
};

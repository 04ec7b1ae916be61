import type { AskLexicon } from './types';

// Asking for the reader's view: "conocer su opinión", "saber tu punto de vista".
const INPUT = ['opinión', 'punto de vista', 'valoración', 'comentarios', 'impresión', 'consejo'].flatMap((noun) =>
  ['conocer', 'saber', 'escuchar', 'tener'].flatMap((verb) => ['su', 'tu', 'sus', 'tus'].map((own) => `${verb} ${own} ${noun}`)),
);

// "Le invito", and "lo / la invito" as Latin America writes "usted" as object; the writer alone or with others.
const INVITATIONS = ['le', 'te', 'les', 'lo', 'la', 'los', 'las'].flatMap((you) => [`${you} invito`, `${you} invitamos`]);

export const es: AskLexicon = {
  reader: ['usted', 'ustedes', 'tú', 'tu', 'tus', 'te', 'ti', 'contigo', 'os', 'vosotros', 'vuestro', 'vuestra', 'le', 'su', 'sus', 'vos'],
  readerObjects: ['le', 'te', 'les', 'os'],
  questionOpeners: ['le interesaría', 'te interesaría', 'le interesa', 'te interesa', 'le vendría bien', 'te vendría bien', 'le parece', 'te parece', 'qué le parece', 'qué te parece', 'te apetece', 'le apetece', 'te apetecería', 'le apetecería'],
  requestQuestions: [
    'tendría', 'tendrías', 'podría', 'podrías', 'estaría', 'estarías', 'le interesaría', 'te interesaría', 'le interesa', 'te interesa', 'le vendría',
    'te vendría', 'le parece', 'te parece', 'le apetece', 'te apetece', 'te apetecería', 'quiere', 'quieres', 'querría', 'querrías', 'sería', 'le importaría',
    'te importaría', 'me permite', 'me permites', 'puedo', 'podemos', 'hablamos', 'quedamos', 'cuándo', 'quién sería', 'qué día',
  ],
  imperatives: [
    'responda', 'responde', 'responded', 'reserve', 'reserva', 'elija', 'elige', 'reenvíe', 'reenvía', 'conectemos', 'hablemos', 'quedemos', 'charlemos',
    'agendemos', 'escríbanos', 'llámenos', 'contáctenos', 'avísenos', 'cuéntanos', 'dinos',
    // Applying, as a job ad asks it ("apply now").
    'postúlese', 'postúlate', 'postulate', 'postúlense',
    // Signing up, as 'register' and 'sign up' in English.
    'inscríbete', 'inscríbase', 'inscríbanse', 'regístrate', 'regístrese', 'regístrense', 'apúntate', 'apúntese', 'apúntense',
    // The formal "I would ask you to": "Le ruego que me confirme antes del día 15".
    'le ruego', 'te ruego', 'les ruego', 'os ruego', 'le rogamos', 'te rogamos', 'les rogamos', 'os rogamos',
  ],
  availabilityCloses: ['quedo atento a su respuesta', 'quedo atenta a su respuesta', 'quedo atento a tu respuesta', 'quedo atenta a tu respuesta', 'quedo pendiente de su respuesta', 'quedo pendiente de tu respuesta', 'quedo a la espera de su respuesta', 'quedo a la espera de tu respuesta', 'quedo a su disposición', 'quedo a tu disposición', 'quedo a su entera disposición', 'estoy a su disposición', 'estoy a tu disposición', 'quedo a sus órdenes', 'quedo a tus órdenes', 'estoy a sus órdenes', 'estoy a tus órdenes', 'me tiene a su disposición', 'me tienes a tu disposición', 'espero tu respuesta', 'espero su respuesta', 'espero vuestra respuesta'],
  meetingNouns: ['llamada', 'reunión', 'café', 'conversación', 'charla', 'demostración', 'demo', 'entrevista', 'videollamada', 'cita'],
  invitations: [
    // "I wonder whether ...": an indirect question to the reader, as English "wonder if".
    'me pregunto si', 'nos preguntamos si', 'me preguntaba si', 'nos preguntábamos si', 'no dude en', 'no dudes en', 'no duden en', 'solo tiene que', 'solo tienes que', 'sólo tiene que', 'sólo tienes que', 'basta con que',
    'le propongo', 'te propongo', 'le sugiero', 'te sugiero', 'agradecería', 'le agradecería', 'te agradecería', ...INVITATIONS, 'sería de gran ayuda', 'me sería de gran ayuda', 'me sería muy útil',
    ...INPUT,
  ],
  ourPitch: ['nosotros', 'nuestro', 'nuestra', 'nuestros', 'nuestras'],
  rhetoricalOpeners: ['sabías que', 'sabía que', 'sabíais que', 'te imaginas', 'se imagina', 'te has preguntado', 'se ha preguntado', 'y si', 'cansado de', 'cansada de'],
  intensifiers: ['mucho', 'muy', 'realmente', 'también', 'sinceramente'],
  leadIns: ['simplemente', 'por favor', 'solo', 'sólo', 'entonces', 'y', 'o', 'ps', 'p.s', 'quizás', 'quizá', 'tal vez'],
  joiners: ['y', 'luego'],
  subordinators: ['si', 'cuando', 'como', 'aunque', 'porque', 'mientras', 'en caso de que', 'en cuanto', 'tan pronto como', 'una vez que', 'por si'],
  willing: ['con gusto', 'con mucho gusto', 'encantado', 'encantada', 'encantados', 'será un placer', 'sería un placer'],
  // Not "podría": it is also "it could" ("la plataforma podría enviar alertas").
  readerVerbEndings: ['as', 'es', 'ás', 'és', 'eras', 'ieras', 'áis', 'éis', 'ís'],
  conditionalOffers: ['te cuento', 'le cuento', 'os cuento', 'quedamos', 'te paso', 'le paso', 'te envío', 'le envío', 'te mando', 'le mando', 'te comparto', 'le comparto', 'te muestro', 'le muestro', 'te presento', 'le presento', 'te llamo', 'le llamo', 'te explico', 'le explico', 'te preparo', 'le preparo', 'te hago', 'le hago', 'te pongo en contacto', 'le pongo en contacto', 'paso por', 'me acerco'],
  usefulnessConditions: ['si sirve', 'si te sirve', 'si le sirve', 'si os sirve', 'si es útil', 'si resulta útil', 'si te resulta útil', 'si le resulta útil', 'si ayuda', 'si es de interés', 'si hace falta', 'si le parece', 'si te parece', 'si os parece', 'si parece bien', 'si le viene bien', 'si te viene bien'],
  usefulWords: ['útil', 'útiles', 'interesante', 'relevante', 'de interés', 'de utilidad'],
  whoWords: ['quién', 'quien'],
  wonderVerbs: ['pensado', 'dicho', 'imaginado', 'creído', 'adivinado', 'decir', 'pensar', 'imaginar', 'creer', 'dijo', 'apostado', 'apostar'],
  suitVerbs: ['viene bien', 'va bien', 'encaja', 'conviene', 'cuadra'],
  deadlineWords: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'mañana', 'hoy', 'esta semana', 'la semana que viene', 'la próxima semana', 'fin de semana'],
  writerFutureEndings: ['ré', 'remos'],
  durationNouns: ['minutos', 'min'],
  countWords: ['un', 'unos', 'unas', 'cinco', 'diez', 'quince', 'veinte', 'treinta', 'media'],
  conditionals: ['si'],
  weSubjects: ['nosotros'],
  weEndings: ['amos', 'emos', 'imos'],
  reciprocals: ['nos'],
  writerSubjects: ['yo'],
  writerEndings: ['o'],
  writerObjects: ['me', 'nos'],
  reportingSubordinators: ['como', 'porque', 'aunque', 'mientras'],
  readerTimeNouns: ['momento', 'tiempo', 'hueco', 'minutos', 'disponible'],
  readerTimeChoice: ['cuando le venga bien', 'cuando te venga bien', 'cuando quieras', 'cuando usted quiera', 'cuando le convenga', 'cuando te convenga', 'a su conveniencia'],
  availabilityWords: ['disposición', 'disponible'],
  linkNouns: ['enlace', 'link', 'formulario', 'página', 'web'],
  linkPointers: ['abajo', 'aquí', 'arriba', 'adjunto'],
  able: ['puedo', 'podemos', 'le puedo', 'te puedo', 'podríamos', 'me gustaría', 'me encantaría', 'nos gustaría', 'nos encantaría', 'quisiera', 'sería genial', 'sería estupendo', 'sería un placer', 'sería un gusto'],
  offerVerbs: ['enviar', 'mandar', 'pasar', 'compartir', 'presentar', 'enseñar', 'mostrar', 'llamar', 'explicar', 'proponer', 'hablar', 'charlar', 'preparar', 'hacer llegar', 'reunir', 'reunirnos', 'vernos', 'quedar', 'agendar', 'coordinar', 'revisar', 'invitar', 'reservar', 'conversar'],
  encliticVerbs: true,
  pastAuxiliaries: ['haber', 'haberle', 'haberte', 'conocerle', 'conocerte'],
  connect: ['conectar', 'conectemos', 'conectamos', 'en contacto', 'mantener el contacto', 'red', 'agregarte', 'añadirte'],
  // Imperatives with the reader's "me" on their end ("Avísame", "Escríbame"); not the nouns that end so.
  // "Échale un vistazo ... antes del viernes", "Revísalo": a stressed verb with its object after it is an imperative.
  verbFirst: { endings: ['me'], stressedEndings: ['nos', 'le', 'lo', 'la', 'les', 'los', 'las'], writer: ['me', 'nos'], minLength: 4, except: ['informe', 'enorme', 'conforme', 'firme', 'uniforme', 'nombre'] },
};

import type { EvidenceLexicon } from './types';

export const es: EvidenceLexicon = {
  yourWords: ['tu', 'tus', 'su', 'sus', 'vuestro', 'vuestra', 'vuestros', 'vuestras'],
  youWords: ['tú', 'usted', 'vosotros', 'vosotras', 'ustedes'],
  artifactNouns: [
    // Escribir
    'artículo', 'post', 'publicación', 'columna', 'tribuna', 'newsletter', 'boletín', 'edición', 'ensayo', 'memo', 'libro', 'capítulo', 'estudio', 'análisis', 'informe',
    'tesis', 'guía', 'hilo', 'tuit', 'comentario', 'blog', 'encuesta', 'manifiesto', 'reseña', 'investigación',
    // Hablar
    'charla', 'ponencia', 'conferencia', 'keynote', 'mesa redonda', 'panel', 'sesión', 'taller', 'masterclass', 'discurso', 'presentación', 'webinar', 'seminario', 'pódcast', 'podcast',
    'episodio', 'entrevista', 'vídeo', 'video', 'directo', 'curso', 'intervención', 'pitch',
    // Código y producto
    'parche', 'pr', 'pull request', 'commit', 'repositorio', 'repo', 'librería', 'biblioteca', 'plugin', 'extensión', 'sdk', 'benchmark', 'prototipo', 'migración',
  ],
  topicNouns: ['trabajo', 'proyecto', 'labor', 'iniciativa'],
  genericNouns: [
    'perfil', 'trayectoria', 'experiencia', 'carrera', 'empresa', 'compañía', 'equipo', 'cultura', 'misión', 'visión', 'valores', 'marca', 'producto', 'productos', 'web', 'sitio', 'página',
    'sector', 'éxito', 'talento', 'negocio', 'crecimiento', 'clientes', 'objetivos', 'potencial', 'red', 'tiempo', 'rol', 'puesto', 'currículum', 'cv', 'organización', 'actividad',
    'disposición', 'atención', 'provincia', 'necesidades', 'paso', 'trabajo', 'sede', 'perfiles', 'departamento',
  ],
  complementWords: ['sobre', 'de', 'del', 'en', 'a', 'al', 'para', 'con', 'contra', 'desde', 'durante'],
  workVerbs: [],
  perfectAux: ['has', 'habéis', 'habías', 'habíais'],
  workParticiples: [
    'publicado', 'escrito', 'liderado', 'dirigido', 'lanzado', 'presentado', 'fundado', 'cofundado', 'construido', 'montado', 'creado', 'desarrollado', 'contado', 'explicado', 'descrito',
    'compartido', 'organizado', 'moderado', 'impartido', 'dado', 'diseñado', 'migrado', 'escalado', 'levantado', 'anunciado', 'abierto', 'ganado', 'firmado', 'grabado', 'dicho',
    'defendido', 'demostrado', 'argumentado', 'propuesto', 'liderado', 'sacado', 'hecho', 'trabajado',
  ],
  youPastEndings: ['aste', 'iste', 'asteis', 'isteis'],
  youPastExceptions: ['triste', 'tristes', 'existe', 'chiste', 'viste', 'asiste', 'insiste', 'resiste', 'consiste', 'persiste', 'subsiste', 'desiste', 'contraste', 'desgaste', 'reviste', 'embiste', 'alpiste', 'despiste', 'quiste', 'traste', 'engaste', 'fuiste', 'estuviste'],
  thanksFor: ['gracias por'],
  workGerunds: [],
  newsVerbs: [
    'abre', 'abrirá', 'abrió', 'abierto', 'lanza', 'lanzará', 'lanzó', 'lanzado', 'adquiere', 'adquirió', 'adquirido', 'compra', 'compró', 'comprado', 'levanta', 'levantó', 'levantado',
    'cierra', 'cerró', 'cerrado', 'anuncia', 'anunció', 'anunciado', 'inaugura', 'inauguró', 'inaugurado', 'expande', 'expandió', 'llega', 'llegará', 'llegó', 'desembarca', 'desembarcó',
    'entra', 'entró', 'fusiona', 'fusionó', 'gana', 'ganó', 'ficha', 'fichó', 'duplica', 'duplicó', 'ampliará', 'amplía', 'amplió', 'firma', 'firmó', 'prepara', 'estrena', 'estrenó',
  ],
  newsNouns: [
    'ronda', 'serie', 'financiación', 'inversión', 'adquisición', 'compra', 'fusión', 'expansión', 'oficina', 'oficinas', 'sede', 'apertura', 'lanzamiento', 'salida', 'premio',
    'hito', 'nombramiento', 'almacén', 'planta', 'fábrica', 'tienda', 'tiendas', 'licitación', 'reestructuración', 'llegada', 'desembarco',
  ],
  congrats: ['enhorabuena por', 'felicidades por', 'felicitaciones por', 'felicitarte por', 'felicitarle por', 'enhorabuena a', 'felicidades a'],
  readIn: ['leído en', 'visto en', 'leí en', 'vi en', 'enterado en', 'enteré en', 'leído que', 'visto que', 'leí que', 'vi que'],
  readInThat: ['que'],
  accordingTo: ['según'],
  moveVerbs: ['incorporado', 'incorporada', 'fichado', 'fichada', 'unido', 'unida', 'pasado', 'pasada', 'nombrado', 'nombrada', 'ascendido', 'ascendida'],
  moveNouns: ['llegada', 'incorporación', 'salto', 'nombramiento', 'ascenso', 'nuevo puesto', 'nuevo cargo', 'nuevo rol', 'fichaje', 'paso'],
  nowCues: ['ahora estás', 'ahora está', 'ahora diriges', 'ahora dirige', 'ahora lideras', 'ahora lidera'],
  conversationCues: [
    'charlar contigo', 'charlar con usted', 'hablar contigo', 'hablar con usted', 'como hablamos', 'como te prometí', 'como le prometí', 'como prometí', 'como quedamos', 'tras nuestra',
    'gracias por la charla', 'gracias por la conversación', 'hablamos en', 'charlamos en', 'conversamos en', 'coincidimos en', 'estuvimos hablando',
  ],
  ourWords: ['nuestra', 'nuestro', 'nuestras', 'nuestros'],
  conversationNouns: ['charla', 'conversación', 'reunión', 'llamada', 'café', 'comida', 'cena', 'encuentro', 'intercambio'],
  meetingCues: ['conocerte', 'conocerle', 'conocernos', 'nos conocimos', 'nos vimos', 'verte', 'coincidir'],
  topicWords: ['sobre', 'acerca'],
  contentNouns: ['consejo', 'idea', 'comentario', 'respuesta', 'pregunta', 'historia', 'punto', 'truco', 'reflexión', 'visión', 'experiencia'],
  mutualVerbs: ['recomendado', 'recomendó', 'sugerido', 'sugirió', 'dicho', 'dijo', 'hablado', 'habló', 'comentado', 'comentó', 'presentado', 'presentó', 'pasado', 'pasó', 'aconsejado', 'aconsejó', 'mencionado', 'mencionó'],
  mutualObjects: ['me', 'nos', 'te', 'le', 'mí'],
  mutualNouns: ['recomendación', 'sugerencia', 'consejo', 'parte'],
  sharedCues: [
    'misma promoción', 'mismo máster', 'misma universidad', 'misma clase', 'mismo equipo', 'mismo programa', 'compañeros de', 'compañeras de', 'compañero de', 'compañera de',
    'antiguo compañero', 'antigua compañera', 'promoción de', 'también estudié', 'también trabajé', 'juntos en', 'juntas en', 'coincidimos en',
  ],
  alumNouns: ['alumni', 'exalumno', 'exalumna', 'antiguo alumno', 'antigua alumna', 'graduado', 'graduada', 'compañero', 'compañera', 'miembro'],
  fellowWords: ['otro', 'otra', 'también'],
  wePastEndings: ['amos', 'imos'],
  bothWords: ['los dos', 'las dos', 'ambos', 'ambas'],
  ofWords: ['de', 'del'],
  phraseStops: ['ya', 'todavía', 'aún', 'siempre', 'nunca', 'hoy', 'ayer', 'recientemente', 'casi', 'todo', 'toda', 'todos', 'todas', 'tal', 'cual'],
  determiners: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'su', 'sus', 'tu', 'tus', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'lo', 'vuestro', 'vuestra'],
  abbreviations: ['co', 'cía', 'sr', 'sra', 'srta', 'dr', 'dra', 'd', 'dña', 'núm', 'etc', 'aprox', 'pág'],
};

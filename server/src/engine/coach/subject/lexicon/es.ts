import type { SubjectLexicon } from './types';

export const es: SubjectLexicon = {
  possessives: ['su', 'sus', 'tu', 'tus', 'vuestro', 'vuestra', 'vuestros', 'vuestras'],
  artifacts: [
    'artículo', 'post', 'publicación', 'blog', 'charla', 'ponencia', 'conferencia', 'keynote', 'panel', 'pódcast', 'podcast', 'episodio', 'webinar', 'webinario', 'entrevista', 'comentario',
    'hilo', 'columna', 'tribuna', 'ensayo', 'memo', 'boletín', 'newsletter', 'libro', 'capítulo', 'curso', 'taller', 'sesión', 'discurso', 'presentación', 'vídeo', 'video', 'estudio',
    'encuesta', 'informe', 'tesis', 'repo', 'pr', 'parche', 'commit', 'librería', 'biblioteca', 'plugin', 'demo', 'análisis', 'guía', 'respuesta', 'pregunta',
    'funcionalidad', 'versión', 'lanzamiento', 'migración', 'rediseño', 'modelo', 'motor', 'herramienta',
  ],
  news: [
    'ronda', 'financiación', 'financiamiento', 'serie', 'adquisición', 'compra', 'fusión', 'apertura', 'sucursal', 'tienda', 'local', 'oficina', 'sede', 'planta', 'clínica', 'expansión',
    'ascenso', 'nombramiento', 'llegada', 'premio', 'aniversario', 'certificación', 'salida a bolsa', 'nuevo puesto',
  ],
  firstPerson: ['nosotros', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'yo', 'mi', 'mis'],
  senderPossessives: ['nuestro', 'nuestra', 'nuestros', 'nuestras', 'mi', 'mis'],
  senderPrepositions: ['en', 'desde'],
  timeUnits: ['minuto', 'minutos', 'min', 'hora', 'horas', 'día', 'días', 'semana', 'semanas', 'mes', 'meses'],
  congratulations: ['enhorabuena', 'felicidades', 'felicitaciones'],
  referrals: ['recomendó', 'recomendada', 'recomendado', 'recomendación', 'sugirió', 'mencionó', 'presentó', 'derivó', 'parte'],
  background: ['exalumno', 'exalumna', 'exalumnos', 'alumni', 'egresado', 'egresada', 'compañero', 'compañera', 'excompañero', 'excompañera', 'promoción', 'mismo', 'misma', 'mismos', 'mismas'],
  conversation: ['preguntó', 'quedamos', 'acordamos', 'prometí', 'hablamos', 'comentó', 'pidió', 'como quedamos', 'como acordamos', 'como prometí'],
  labels: [
    'solicitud', 'propuesta', 'presentación', 'seguimiento', 'recordatorio', 'novedades', 'noticias', 'información', 'invitación', 'adjunto', 'adjunta', 'currículum', 'curriculum', 'cv',
    'candidatura', 'postulación', 'candidato', 'candidata', 'candidatos', 'perfil', 'perfiles', 'mensaje', 'alianza', 'colaboración', 'idea', 'ideas', 'pregunta', 'preguntas', 'consulta',
    'felicidades', 'enhorabuena', 'felicitaciones', 'hola', 'trayectoria', 'experiencia', 'contacto', 'oferta',
  ],
  requests: [
    'minuto', 'minutos', 'charla', 'charlar', 'llamada', 'café', 'comida', 'almuerzo', 'consejo', 'consejos', 'opinión', 'feedback', 'ayuda', 'apoyo', 'conectar', 'conectemos', 'hablemos',
    'charlemos', 'hablar', 'reunión', 'reunirnos', 'conocernos', 'tiempo', 'momento', 'reto', 'desafío', 'paso', 'capítulo', 'red', 'unirte', 'únete', 'interesado',
    'interesada', 'disponible', 'abierto', 'abierta',
  ],
  categories: [
    'crm', 'erp', 'ats', 'hris', 'cms', 'lms', 'saas',
    'oportunidad', 'oportunidades', 'reto', 'desafío', 'puesto', 'puestos', 'vacante', 'vacantes', 'empleo', 'empleos', 'trabajo', 'rol', 'búsqueda', 'se busca', 'carrera', 'servicios', 'servicio',
    'soluciones', 'solución', 'consultoría', 'asesoría', 'ahorro', 'plataforma', 'software', 'productos', 'agencia', 'programa', 'alianza', 'colaboración', 'estrategia', 'feria', 'congreso', 'evento', 'jornada', 'webinar', 'webinario',
  ],
  roles: [
    'ceo', 'cfo', 'cto', 'coo', 'cmo', 'rrhh', 'sre', 'devops', 'frontend', 'backend', 'fullstack', 'desarrollador', 'desarrolladora', 'ingeniero', 'ingeniera', 'diseñador', 'diseñadora',
    'analista', 'consultor', 'consultora', 'director', 'directora', 'responsable', 'jefe', 'jefa', 'gerente', 'fundador', 'fundadora', 'becario', 'becaria', 'estudiante', 'enfermero',
    'enfermera', 'médico', 'médica', 'senior', 'junior', 'experto', 'experta', 'talento', 'profesional', 'profesionales', 'remoto', 'freelance',
  ],
  stock: [
    'breve', 'rápida', 'rápido', 'pequeña', 'pequeño', 'gran', 'grande', 'genial', 'nueva', 'nuevo', 'nuevas', 'nuevos', 'exclusiva', 'exclusivo', 'única', 'único', 'increíble',
    'excepcional', 'interesante', 'importante', 'inspiradora', 'inspirador', 'apasionado', 'apasionada', 'motivado', 'motivada', 'hola', 'estimado', 'estimada', 'gracias', 'muchas',
    'hoy', 'mañana', 'ayer', 'pronto', 'ahora', 'semana', 'mes', 'año', 'tarde', 'noche', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 're', 'rv',
    'muy', 'me', 'ha', 'mi', 'nuestro', 'nuestra', 'equipo', 'empresa', 'sector', 'líder', 'innovador', 'innovadora', 'top', 'valor', 'éxito', 'fan', 'admirador', 'admiradora', 'seguidor', 'seguidora', 'lector', 'lectora', 'experimentado', 'experimentada', 'ambicioso', 'ambiciosa', 'proactivo', 'proactiva', 'hora', 'horas', 'día', 'días', 'último', 'última', 'reciente', 'necesidades', 'objetivos', 'espontánea', 'espontáneo', 'bien', 'buen', 'buena', 'mejor',
  ],
  growthVerbs: [
    'aumente', 'aumenta', 'aumentar', 'impulse', 'impulsa', 'impulsar', 'duplique', 'duplica', 'duplicar', 'triplique', 'triplica', 'reduzca', 'reduce', 'reducir', 'ahorre', 'ahorra',
    'maximice', 'maximiza', 'optimice', 'optimiza', 'revolucione', 'revoluciona', 'transforme', 'transforma', 'acelere', 'acelera', 'multiplique', 'multiplica', 'dispare', 'dispara', 'escale',
  ],
  abstractions: [
    'crecimiento', 'ventas', 'ingresos', 'facturación', 'beneficios', 'roi', 'eficiencia', 'productividad', 'rendimiento', 'resultados', 'negocio', 'pipeline', 'reclutamiento', 'leads',
    'conversiones', 'costes', 'costos', 'margen', 'márgenes', 'marca', 'visibilidad', 'carrera',
  ],
  hype: [
    'revolucionario', 'revolucionaria', 'garantizado', 'garantizada', 'garantía', 'gratis', 'gratuito', 'gratuita', 'urgente', 'bono', 'rockstar', 'ninja', 'unicornio', '#1', '100%',
  ],
  superlatives: [
    'increíble', 'definitivo', 'definitiva', 'exclusivo', 'exclusiva', 'única', 'único', 'imperdible', 'top', 'inmediato', 'inmediata',
  ],
  percentBait: ['hasta', 'más', 'menos', 'descuento', 'ahorro', 'ahorre'],
  hypePhrases: ['siguiente nivel', 'otro nivel', 'no te lo pierdas', 'no se lo pierda', 'tiempo limitado', 'oferta limitada', 'trabajo soñado', 'empleo soñado'],
  selfPitch: ['busca', 'buscando', 'disponible', 'abierto a', 'abierta a'],
  abstractEndings: ['logía', 'ción', 'ciones', 'sión', 'siones', 'miento', 'mientos', 'idad', 'idades', 'ismo', 'ncia', 'ncias'],
  talk: {
    nouns: ['charla', 'conversación', 'llamada', 'reunión', 'café', 'almuerzo', 'comida', 'cena', 'desayuno', 'encuentro', 'visita', 'intercambio', 'videollamada'],
    places: ['en', 'durante', 'tras', 'sobre'],
    since: ['tras', 'después', 'desde'],
  },
};

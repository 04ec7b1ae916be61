import type { Lexicon } from './types';

export const es: Lexicon = {
  businessWords: [
    'consulta', 'oportunidad', 'oportunidades', 'laboral', 'propuesta', 'colaboración', 'alianza', 'alianzas', 'conectemos', 'conectar', 'contacto', 'candidatura', 'currículum', 'cv',
    'reclutamiento', 'reclutador', 'reclutadora', 'headhunter', 'selección', 'onboarding', 'webinar', 'seminario', 'saas', 'b2b', 'roi', 'kpi', 'startup', 'crecimiento', 'ventas', 'facturación',
    'prospección', 'leads', 'pipeline', 'solución', 'soluciones', 'plataforma', 'software', 'nube', 'cloud', 'herramienta', 'herramientas', 'datos', 'ia', 'automatización', 'digitalización',
    'transformación', 'optimización', 'optimizar', 'eficiencia', 'rentabilidad', 'consultoría', 'asesoría', 'oferta', 'ofertas', 'demo', 'presupuesto', 'reunión', 'llamada', 'videollamada',
    'pregunta', 'breve', 'rápida', 'networking', 'red', 'innovador', 'innovadora', 'único', 'única', 'exclusivo', 'exclusiva', 'increíble', 'prácticas', 'freelance', 'mentoría', 'puesto', 'vacante',
  ],
  functionWords: [
    'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'y', 'e', 'o', 'u', 'pero', 'sino', 'de', 'del', 'a', 'al', 'para', 'por', 'con', 'sin', 'sobre', 'en', 'entre', 'hacia',
    'desde', 'hasta', 'cómo', 'como', 'qué', 'que', 'quién', 'quien', 'cuál', 'cual', 'cuándo', 'cuando', 'dónde', 'donde', 'porque', 'este', 'esta', 'estos', 'estas', 'ese', 'esa',
    'su', 'sus', 'tu', 'tus', 'mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'yo', 'tú', 'usted', 'ustedes', 'nosotros', 'él', 'ella', 'ellos', 'es', 'son', 'fue', 'ser', 'estar',
    'ha', 'han', 'he', 'hemos', 'no', 'muy', 'también', 'más', 'se', 'le', 'les', 'me', 'te', 'nos',
    'mientras', 'aunque', 'según', 'durante', 'tras', 'contra', 'ante', 'bajo', 'mediante',
  ],
  greetings: ['hola', 'buenos días', 'buenas tardes', 'buenas', 'estimado', 'estimada', 'estimados', 'querido', 'querida', 'apreciado', 'apreciada', 'a quien corresponda'],
  honorifics: ['sr', 'sra', 'srta', 'señor', 'señora', 'don', 'doña', 'dr', 'dra', 'doctor', 'doctora', 'prof', 'lic', 'ing'],
  teamWords: ['equipo', 'reclutamiento', 'rrhh', 'recursos', 'humanos', 'departamento', 'ventas', 'marketing', 'dirección', 'talento', 'selección'],
};

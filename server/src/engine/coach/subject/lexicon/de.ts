import type { SubjectLexicon } from './types';

export const de: SubjectLexicon = {
  possessives: ['ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euer', 'eure', 'euren', 'eurem', 'eurer'],
  artifacts: [
    'beitrag', 'artikel', 'blog', 'blogpost', 'post', 'vortrag', 'talk', 'keynote', 'panel', 'podcast', 'folge', 'episode', 'webinar', 'interview', 'kommentar', 'thread', 'essay', 'memo',
    'newsletter', 'buch', 'kapitel', 'kolumne', 'gastbeitrag', 'kurs', 'vorlesung', 'workshop', 'session', 'rede', 'präsentation', 'folien', 'video', 'studie', 'umfrage', 'bericht', 'paper',
    'doktorarbeit', 'masterarbeit', 'repo', 'pr', 'patch', 'commit', 'bibliothek', 'plugin', 'demo', 'analyse', 'leitfaden', 'antwort', 'frage', 'feature',
    'release', 'launch', 'migration', 'umstellung', 'einführung', 'modell', 'engine',
  ],
  news: [
    'finanzierungsrunde', 'runde', 'finanzierung', 'series', 'übernahme', 'fusion', 'expansion', 'eröffnung', 'filiale', 'standort', 'büro', 'niederlassung', 'werk', 'praxis', 'klinik',
    'beförderung', 'wechsel', 'umzug', 'auszeichnung', 'preis', 'jubiläum', 'zertifizierung', 'börsengang', 'start', 'neue rolle',
  ],
  firstPerson: ['wir', 'unser', 'unsere', 'unserem', 'unseren', 'uns', 'ich', 'mein', 'meine'],
  senderPossessives: ['unser', 'unsere', 'unserem', 'unseren', 'unserer', 'mein', 'meine', 'meinem', 'meinen'],
  senderPrepositions: ['bei', 'von'],
  timeUnits: ['minute', 'minuten', 'min', 'stunde', 'stunden', 'tag', 'tage', 'woche', 'wochen', 'monat', 'monate'],
  congratulations: ['glückwunsch', 'glückwünsche', 'gratulation', 'gratuliere', 'gratulieren'],
  referrals: ['empfehlung', 'empfohlen', 'empfahl', 'vorgeschlagen', 'erwähnt', 'erwähnte', 'verwiesen', 'vorgestellt', 'kontakt'],
  background: ['alumna', 'alumnus', 'alumni', 'absolvent', 'absolventin', 'kommilitone', 'kommilitonin', 'ehemalige', 'ehemaliger', 'gleichen', 'gleiche', 'selben', 'ex-kollege', 'ex-kollegin', 'jahrgang'],
  conversation: ['fragten', 'gefragt', 'besprochen', 'vereinbart', 'versprochen', 'erwähnten', 'wie besprochen', 'wie vereinbart', 'wie versprochen'],
  labels: [
    'anfrage', 'vernetzungsanfrage', 'kontaktanfrage', 'vorschlag', 'angebot', 'vorstellung', 'nachfrage', 'nachfassen', 'update', 'neuigkeiten', 'news', 'information', 'informationen',
    'einladung', 'anhang', 'anbei', 'lebenslauf', 'bewerbung', 'initiativbewerbung', 'kandidaten', 'kandidatin', 'kandidat', 'profil', 'profile', 'nachricht', 'erinnerung', 'kooperation',
    'partnerschaft', 'zusammenarbeit', 'idee', 'ideen', 'frage', 'fragen', 'glückwunsch', 'glückwünsche', 'gratulation', 'hallo', 'werdegang', 'erfahrung', 'vernetzung', 'kontakt',
  ],
  requests: [
    'minute', 'minuten', 'austausch', 'gespräch', 'telefonat', 'kaffee', 'mittagessen', 'call', 'rat', 'ratschlag', 'feedback', 'meinung', 'einschätzung', 'unterstützung', 'hilfe', 'vernetzen',
    'kennenlernen', 'sprechen', 'reden', 'treffen', 'zeit', 'moment', 'gern', 'gerne', 'kurz', 'kurzer', 'kurzes', 'kurze', 'herausforderung', 'schritt', 'chance',
    'interesse', 'offen', 'bitte',
  ],
  categories: [
    'crm', 'erp', 'ats', 'hris', 'cms', 'lms', 'saas',
    'gelegenheit', 'chance', 'herausforderung', 'stelle', 'stellen', 'stellenangebot', 'position', 'positionen', 'job', 'jobs', 'rolle', 'vakanz', 'suche', 'gesucht', 'karriere', 'karrierechance', 'jobangebot',
    'dienstleistung', 'dienstleistungen', 'leistungen', 'lösungen', 'lösung', 'beratung', 'unterstützung', 'einsparungen', 'plattform', 'software', 'produkte', 'agentur', 'paket', 'programm',
    'partnerschaft', 'kooperation', 'zusammenarbeit', 'strategie', 'angebot', 'messe', 'fachmesse', 'konferenz', 'kongress', 'veranstaltung', 'event', 'webinar',
  ],
  roles: [
    'ceo', 'cfo', 'cto', 'coo', 'cmo', 'cio', 'vp', 'hr', 'sre', 'devops', 'frontend', 'backend', 'fullstack', 'entwickler', 'entwicklerin', 'ingenieur', 'ingenieurin', 'engineer',
    'developer', 'designer', 'designerin', 'analyst', 'analystin', 'berater', 'beraterin', 'leiter', 'leiterin', 'leitung', 'geschäftsführer', 'geschäftsführerin', 'gründer', 'gründerin',
    'fachkraft', 'fachkräfte', 'pflegekraft', 'pflegekräfte', 'arzt', 'ärztin', 'studentin', 'student', 'praktikant', 'praktikantin', 'absolvent', 'senior', 'junior', 'experte', 'expertin',
    'talent', 'talente', 'mitarbeiter', 'mitarbeiterin', 'remote', 'festanstellung', 'teilzeit', 'vollzeit', 'm/w/d',
  ],
  stock: [
    'spannend', 'spannende', 'spannender', 'spannendes', 'tolle', 'toll', 'tolles', 'großartig', 'großartige', 'super', 'neu', 'neue', 'neuer', 'neues', 'exklusiv', 'exklusive',
    'einzigartig', 'einzigartige', 'interessant', 'interessante', 'interessantes', 'wichtig', 'wichtige', 'kleine', 'klein', 'schnelle', 'schnell', 'motiviert', 'motivierte', 'motivierter',
    'hallo', 'hi', 'hey', 'liebe', 'lieber', 'danke', 'vielen', 'dank', 'heute', 'morgen', 'gestern', 'bald', 'jetzt', 'woche', 'monat', 'jahr', 'abend', 'montag', 'dienstag', 'mittwoch',
    'donnerstag', 'freitag', 'samstag', 'sonntag', 'aw', 'wg', 'betreff', 'bezüglich', 'unser', 'unsere', 'team', 'unternehmen', 'firma',
    'wachsend', 'führend', 'führende', 'innovativ', 'innovative', 'top', 'branche', 'mehrwert', 'erfolg', 'fan', 'bewunderer', 'bewunderin', 'leser', 'leserin', 'erfahrene', 'erfahrener', 'ambitionierte', 'ambitionierter', 'stunde', 'stunden', 'tag', 'tage', 'letzte', 'letzten', 'neueste', 'neuesten', 'aktuelle', 'aktuellen', 'bedarf', 'ziele', 'anforderungen', 'gut', 'gute', 'beste', 'besten', 'einer', 'eines', 'suche',
  ],
  growthVerbs: [
    'steigern', 'steigere', 'steigert', 'boosten', 'booste', 'verdoppeln', 'verdopple', 'verdreifachen', 'senken', 'senke', 'sparen', 'spare', 'sparen sie', 'maximieren', 'maximiere',
    'optimieren', 'optimiere', 'revolutionieren', 'revolutioniere', 'transformieren', 'beschleunigen', 'beschleunige', 'skalieren', 'skaliere', 'erhöhen', 'erhöhe', 'wachsen', 'entfesseln',
  ],
  abstractions: [
    'wachstum', 'umsatz', 'umsätze', 'gewinn', 'roi', 'effizienz', 'produktivität', 'leistung', 'ergebnisse', 'geschäft', 'vertrieb', 'verkäufe', 'pipeline', 'recruiting', 'leads',
    'konversion', 'kosten', 'prozesse', 'marke', 'reichweite', 'erfolg', 'karriere', 'marge', 'margen',
  ],
  hype: [
    'revolutionär', 'revolutionäre', 'bahnbrechend', 'bahnbrechende', 'garantiert', 'garantie', 'kostenlos', 'kostenlose', 'gratis', 'dringend', 'top-job', 'traumjob', 'prämie',
    'wechselprämie', 'bonus', 'rockstar', 'ninja', 'einhorn', '#1', '100%',
  ],
  superlatives: [
    'unglaublich', 'unglaubliche', 'ultimativ', 'ultimative', 'exklusiv', 'exklusive', 'top', 'einmalig', 'einmalige', 'sofort', 'mega',
  ],
  percentBait: ['bis zu', 'mehr', 'weniger', 'rabatt', 'sparen', 'günstiger', 'schneller'],
  hypePhrases: ['nächste level', 'nächsten level', 'nur heute', 'nicht verpassen', 'jetzt zugreifen', 'einmalige chance', 'begrenzte zeit'],
  selfPitch: ['sucht', 'suche', 'gesucht', 'verfügbar', 'offen für'],
  abstractEndings: ['ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'logie', 'ierung', 'ismus', 'ität', 'tion', 'tionen'],
  talk: {
    nouns: ['gespräch', 'telefonat', 'austausch', 'treffen', 'kaffee', 'mittagessen', 'abendessen', 'frühstück', 'termin', 'besuch', 'call', 'plausch', 'kennenlernen', 'rundgang'],
    places: ['auf', 'bei', 'beim', 'in', 'im', 'am', 'an', 'nach', 'während', 'über', 'zu', 'zum', 'zur'],
    since: ['seit', 'nach'],
  },
};

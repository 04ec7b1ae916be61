import type { Lexicon } from './types';

export const de: Lexicon = {
  businessWords: [
    'anfrage', 'anfragen', 'vernetzung', 'vernetzen', 'kooperation', 'kooperationen', 'zusammenarbeit', 'partnerschaft', 'bewerbung', 'bewerbungen', 'lebenslauf', 'stellenangebot',
    'stellenangebote', 'karrierechance', 'jobangebot', 'jobchance', 'recruiting', 'recruiter', 'personalvermittlung', 'headhunter', 'kandidat', 'kandidaten', 'onboarding', 'webinar', 'saas',
    'b2b', 'roi', 'kpi', 'kpis', 'skalierung', 'skalieren', 'skalierbar', 'digitalisierung', 'optimierung', 'optimieren', 'effizienz', 'umsatz', 'umsatzsteigerung', 'wachstum', 'vertrieb',
    'leads', 'pipeline', 'lösung', 'lösungen', 'plattform', 'software', 'cloud', 'tool', 'tools', 'daten', 'ki', 'automatisierung', 'prozesse', 'beratung', 'angebot', 'angebote', 'demo',
    'austausch', 'kennenlernen', 'gespräch', 'telefonat', 'termin', 'rückmeldung', 'nachfrage', 'vorstellung', 'kurze', 'frage', 'gelegenheit', 'chance', 'spannende', 'spannend',
    'innovativ', 'innovative', 'einzigartig', 'einzigartige', 'exklusiv', 'exklusive', 'startup', 'start-up', 'mittelstand', 'networking', 'mentoring', 'praktikum', 'freelancer',
  ],
  functionWords: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'und', 'oder', 'aber', 'sondern', 'denn', 'zu', 'zum', 'zur', 'für', 'mit', 'von', 'vom',
    'an', 'am', 'auf', 'in', 'im', 'aus', 'bei', 'beim', 'nach', 'über', 'unter', 'um', 'durch', 'gegen', 'ohne', 'wie', 'was', 'warum', 'wann', 'wo', 'wer', 'welche', 'welcher', 'dass',
    'ob', 'wenn', 'als', 'es', 'er', 'sie', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres', 'du', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'wir', 'uns', 'unser', 'unsere',
    'ich', 'mich', 'mir', 'mein', 'meine', 'ist', 'sind', 'war', 'waren', 'bin', 'hat', 'haben', 'hatte', 'wird', 'werden', 'kann', 'können', 'nicht', 'kein', 'keine', 'auch', 'nur', 'noch', 'schon', 'sehr',
  ],
  greetings: ['hallo', 'hi', 'hey', 'liebe', 'lieber', 'sehr geehrte', 'sehr geehrter', 'sehr geehrte damen und herren', 'guten tag', 'guten morgen', 'moin', 'servus', 'grüß gott', 'grüezi'],
  honorifics: ['dr', 'herr', 'frau', 'prof', 'professor', 'professorin', 'dipl', 'ing', 'mag'],
  teamWords: ['team', 'recruiting', 'personalabteilung', 'personal', 'hr', 'vertrieb', 'marketing', 'abteilung', 'geschäftsführung', 'einkauf', 'karriere', 'bewerbermanagement'],
};

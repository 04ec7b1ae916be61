import type { AskLexicon } from './types';

export const de: AskLexicon = {
  // "Sie" and "Ihnen" are the reader, "sie" and "ihnen" someone else; the informal forms are capitalised in letters too.
  readerCased: true,
  reader: [
    'Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres', 'du', 'Du', 'dich', 'Dich', 'dir', 'Dir', 'dein', 'Dein', 'deine', 'Deine',
    'deinen', 'Deinen', 'deinem', 'Deinem', 'deiner', 'Deiner', 'deines', 'euch', 'Euch', 'euer', 'Euer', 'eure', 'Eure', 'ihr',
  ],
  // Dative only: doing something for the reader ("Ich schicke Ihnen gern"), not wanting them ("würde Sie gern begrüßen").
  readerObjects: ['Ihnen', 'dir', 'Dir', 'euch', 'Euch'],
  // Verb-first questions to the reader are found by shape (verbFirst); these open with the writer.
  questionOpeners: ['darf ich', 'dürfte ich', 'kann ich', 'könnte ich', 'soll ich', 'sollen wir', 'wollen wir', 'können wir', 'könnten wir', 'wäre es'],
  requestQuestions: [
    'wäre', 'wären', 'hätten', 'hättest', 'hätte', 'könnten', 'könntest', 'könnte', 'würden', 'würdest', 'würde', 'darf', 'dürfte', 'kann', 'können',
    'sollen', 'wollen', 'möchten', 'möchtest', 'magst', 'mögen', 'passt', 'passen', 'wie wäre', 'wann passt', 'wann würde', 'wer wäre', 'wer ist',
  ],
  imperatives: [
    'lass uns', 'lass mich wissen', 'lass es mich wissen', 'gib mir bescheid', 'gib bescheid', 'sag mir bescheid', 'sag bescheid', 'melde dich', 'meld dich',
    'schreib mir', 'schreibe mir', 'schick mir', 'schicke mir', 'ruf mich an', 'antworte', 'buch dir', 'such dir', 'nenn mir', 'nenne mir',
    // Applying, as a job ad asks it ("apply now").
    'bewirb dich', 'bewerben sie sich', 'bewerbt euch', 'jetzt bewerben',
  ],
  availabilityCloses: ['stehe ihnen zur verfügung', 'stehe dir zur verfügung', 'stehe ihnen jederzeit zur verfügung', 'freue mich auf ihre rückmeldung', 'freue mich auf deine rückmeldung', 'freue mich auf ihre antwort', 'freue mich auf deine antwort'],
  meetingNouns: ['gespräch', 'telefonat', 'termin', 'kaffee', 'austausch', 'demo', 'call', 'treffen', 'videocall'],
  invitations: ['frage mich ob', 'fragen uns ob', 'habe mich gefragt ob', 'haben uns gefragt ob', 'zögern sie nicht', 'zögere nicht', 'wäre sehr hilfreich', 'wäre mir eine große hilfe', 'wäre eine große hilfe', 'ich schlage vor', 'schlage ich vor', 'ich schlage ihnen', 'ich schlage dir'],
  // The conditional is the request; "Ich freue mich auf Ihre Rückmeldung" (present) is a pleasantry.
  conditionalRequests: [
    ['würde', 'freuen', 'über'], ['würde', 'freuen', 'wenn'], ['würden', 'freuen', 'über'], ['würden', 'freuen', 'wenn'], ['wäre', 'dankbar'], ['wären', 'dankbar'],
    // Asking for the reader's view: "Ihre Einschätzung würde mich interessieren", "würde gern Ihre Meinung hören".
    ['würde', 'mich', 'interessieren'], ['lade', 'sie', 'ein'], ['lade', 'dich', 'ein'], ['laden', 'sie', 'ein'], ['würde', 'gern', 'hören'], ['würde', 'gerne', 'hören'], ['würde', 'gern', 'wissen'], ['würde', 'gerne', 'wissen'],
  ],
  ourPitch: ['wir', 'unser', 'unsere', 'unseren', 'unserem', 'unserer'],
  rhetoricalOpeners: ['wussten sie', 'wusstest du', 'kennen sie das', 'kennst du das', 'stellen sie sich vor', 'stell dir vor', 'was wäre, wenn', 'was wäre wenn', 'haben sie sich schon einmal gefragt', 'hast du dich schon mal gefragt'],
  intensifiers: ['sehr', 'wirklich', 'auch', 'gern', 'gerne', 'ruhig', 'einfach'],
  leadIns: ['bitte', 'einfach', 'doch', 'gern', 'gerne', 'dann', 'also', 'und', 'oder', 'ps', 'p.s', 'vielleicht'],
  joiners: ['und', 'dann'],
  // A verb-first "Sollten Sie ..." is a condition, not a request.
  subordinators: [
    'wenn', 'falls', 'sofern', 'sollten', 'sollte', 'da', 'weil', 'damit', 'nachdem', 'bevor', 'obwohl', 'seit', 'sobald', 'während', 'bis', 'ob', 'dass',
    'wie', 'was', 'wo', 'wann', 'warum', 'als', 'denn', 'sowie', 'soweit',
  ],
  willing: ['gern', 'gerne', 'mit vergnügen'],
  conditionalOffers: ['schicke ich ihnen', 'schicke ich dir', 'sende ich ihnen', 'sende ich dir', 'zeige ich ihnen', 'zeige ich dir', 'rufe ich sie', 'rufe ich dich', 'stelle ich ihnen', 'stelle ich dir', 'erkläre ich ihnen', 'erkläre ich dir', 'komme ich', 'melde ich mich'],
  usefulnessConditions: ['falls hilfreich', 'wenn hilfreich', 'falls es hilft', 'wenn es hilft', 'falls das hilft', 'wenn das hilft', 'bei interesse', 'falls interessant', 'falls relevant', 'falls gewünscht', 'wenn gewünscht', 'wenn es passt', 'falls es passt', 'wenn es recht ist', 'falls es recht ist'],
  usefulWords: ['hilfreich', 'nützlich', 'interessant', 'relevant', 'sinnvoll', 'von interesse'],
  whoWords: ['wer'],
  wonderVerbs: ['gedacht', 'geglaubt', 'erwartet', 'vermutet', 'geahnt', 'gewusst', 'vorausgesagt', 'gewettet', 'gesagt'],
  suitVerbs: ['passt', 'passen', 'recht ist', 'lieber ist'],
  deadlineWords: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'morgen', 'heute', 'diese woche', 'nächste woche', 'wochenende'],
  durationNouns: ['minuten', 'min'],
  countWords: ['ein', 'eine', 'einige', 'paar', 'fünf', 'zehn', 'fünfzehn', 'zwanzig', 'dreißig', 'halbe'],
  conditionals: ['wenn', 'falls', 'sofern'],
  weSubjects: ['wir'],
  reciprocals: ['uns'],
  writerSubjects: ['ich'],
  reportingSubordinators: ['wie', 'was', 'dass', 'ob', 'warum', 'wo', 'als', 'da', 'weil', 'denn', 'sowie'],
  readerTimeNouns: ['zeit', 'moment', 'lust', 'minuten'],
  readerTimeChoice: ['wann es ihnen passt', 'wann es dir passt', 'wann immer es ihnen passt', 'wann immer es dir passt'],
  availabilityWords: ['verfügung'],
  linkNouns: ['link', 'formular', 'seite', 'webseite', 'website'],
  linkPointers: ['unten', 'hier', 'oben', 'anbei'],
  // "Ich kann Ihnen bis Freitag drei Profile schicken": German puts the offer verb at the end of its clause.
  able: ['ich kann ihnen', 'ich kann dir', 'ich könnte ihnen', 'ich könnte dir', 'wir können ihnen', 'wir können dir', 'wir könnten ihnen', 'wir könnten dir'],
  offerVerbReach: 12,
  offerVerbs: ['schicken', 'zuschicken', 'senden', 'zusenden', 'mailen', 'zeigen', 'vorstellen', 'vorbeibringen', 'weiterleiten', 'reservieren', 'anbieten'],
  pastAuxiliaries: ['kennengelernt', 'getroffen', 'gesprochen'],
  connect: ['vernetzen', 'vernetzt', 'connecten', 'connecte', 'in kontakt', 'kontakt halten', 'netzwerk', 'austauschen', 'verbinden'],
  verbFirst: {
    pronounAfter: ['Sie', 'du', 'Du', 'ihr'],
    replyVerbs: ['antworten', 'melden', 'schreiben', 'rufen', 'buchen', 'vereinbaren', 'wählen', 'klicken', 'registrieren', 'kontaktieren', 'leiten', 'schicken', 'senden', 'sagen', 'nennen'],
    writer: ['mir', 'mich', 'uns', 'ich', 'wir'],
  },
};

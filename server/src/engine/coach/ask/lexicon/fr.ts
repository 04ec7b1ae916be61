import type { AskLexicon } from './types';

// Asking for the reader's view: "avoir votre avis", "connaître ton retour".
const INPUT = ['avis', 'retour', 'regard', 'point de vue', 'opinion', 'conseil', 'conseils'].flatMap((noun) =>
  ['avoir', 'connaître', 'recueillir', 'bénéficier de'].flatMap((verb) => ['votre', 'ton', 'vos', 'tes'].map((own) => `${verb} ${own} ${noun}`)),
);

export const fr: AskLexicon = {
  reader: ['vous', 'votre', 'vos', 'tu', 'te', "t'", 'toi', 'ton', 'ta', 'tes'],
  readerObjects: ['vous', 'te', "t'", 'toi'],
  questionOpeners: ['est-ce que vous', 'est-ce que tu', "est-ce qu'on", 'ça vous dirait', 'ça te dirait', 'cela vous dirait', 'que diriez-vous', 'puis-je', 'pourrais-je', 'pourrions-nous', 'pouvons-nous'],
  requestQuestions: ['seriez', 'auriez', 'pourriez', 'accepteriez', 'aimeriez', 'voudriez', 'souhaiteriez', 'serais', 'aurais', 'pourrais', 'voudrais', 'que diriez', 'quand', 'qui serait', 'qui est', 'quel jour', 'quel créneau', 'disponible', 'dispo', 'un café', 'un appel', 'un échange', 'partant', 'partante', 'intéressé', 'intéressée', 'ça vous', 'ça te'],
  imperatives: ['réponds', 'réponds-moi', 'écris-moi', 'dis-moi', 'fais-moi signe', 'appelle-moi', 'envoie-moi', 'merci de me', 'merci de nous', 'postulez', 'postule', 'candidatez'],
  availabilityCloses: ["reste dans l'attente de votre retour", "reste dans l'attente de ton retour", "dans l'attente de votre retour", 'reste à votre disposition', 'reste à ta disposition', 'suis à votre disposition', 'suis à ta disposition', 'reste à votre entière disposition', 'reste à votre écoute', 'tiens à votre disposition', 'tiens à ta disposition'],
  meetingNouns: ['appel', 'échange', 'rendez-vous', 'café', 'réunion', 'entretien', 'démonstration', 'démo', 'conversation', 'visio', 'point'],
  invitations: [
    // "I wonder whether ...": an indirect question to the reader, as English "wonder if".
    'je me demande si', 'nous nous demandons si', 'je me demandais si', 'nous nous demandions si', "n'hésitez pas", "n'hésite pas", 'il vous suffit de', 'il te suffit de', 'il suffit de', 'faites-moi signe', 'tenez-moi au courant',
    'je vous propose', 'je te propose', 'nous vous proposons',
    'je me permets de vous proposer', 'vous invite', "t'invite", 'serait apprécié', 'serait très apprécié', 'serait précieux', 'serait très précieux', 'me serait très utile', 'me serait précieux', 'vous serais reconnaissant', 'vous serais reconnaissante', 'te serais reconnaissant', 'te serais reconnaissante',
    ...INPUT,
  ],
  ourPitch: ['nous', 'notre', 'nos'],
  rhetoricalOpeners: ['saviez-vous', 'savais-tu', 'et si', 'vous êtes-vous déjà demandé', "t'es-tu déjà demandé", 'imaginez', 'imagine', 'marre de'],
  intensifiers: ['vraiment', 'très', 'beaucoup', 'bien', 'aussi', 'sincèrement'],
  leadIns: ['simplement', 'donc', 'alors', 'et', 'ou', 'ps', 'p.s', 'peut-être'],
  joiners: ['et', 'puis'],
  subordinators: ['si', "s'", 'quand', 'lorsque', "lorsqu'", 'comme', 'puisque', "puisqu'", 'dès', 'bien'],
  willing: ['volontiers', 'avec plaisir', 'me ferai un plaisir', 'serait un plaisir'],
  // "Ravi de vous présenter" offers; "ravi de vous compter parmi nos clients" wishes: these need an offer verb.
  conditionalOffers: ["je t'envoie", 'je vous envoie', 'je te passe', 'je vous passe', 'je te transmets', 'je vous transmets', 'je te partage', 'je vous partage', 'je te montre', 'je vous montre', 'je te présente', 'je vous présente', "je t'appelle", 'je vous appelle', "je t'explique", 'je vous explique', 'je te fais', 'je vous fais', 'je te prépare', 'je vous prépare', 'je passe'],
  usefulnessConditions: ['si utile', 'si cela peut servir', 'si ça peut servir', 'si ça peut aider', 'si cela peut aider', 'si besoin', 'si pertinent', 'si cela est utile', 'si c\'est utile', 'si cela convient', 'si ça convient', 'si ça te dit', 'si cela vous dit', 'si ça vous dit'],
  usefulWords: ['utile', 'utiles', 'intéressant', 'intéressante', 'pertinent', 'pertinente'],
  whoWords: ['qui'],
  wonderVerbs: ['cru', 'pensé', 'imaginé', 'dit', 'prévu', 'deviné', 'su', 'parié'],
  suitVerbs: ['convient', 'conviendrait', 'arrange', 'arrangerait', 'va'],
  deadlineWords: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'demain', 'ce soir', "aujourd'hui", 'cette semaine', 'la semaine prochaine', 'week-end'],
  writerFutureEndings: ['rai', 'rons'],
  durationNouns: ['minutes', 'min'],
  countWords: ['une', 'quelques', 'cinq', 'dix', 'quinze', 'vingt', 'trente'],
  conditionals: ['si', "s'"],
  weSubjects: ['on', 'nous'],
  reciprocals: ['se', "s'", 'nous'],
  writerSubjects: ['je', "j'"],
  reportingSubordinators: ['comme', 'puisque', "puisqu'", 'bien'],
  readerTimeNouns: ['créneau', 'moment', 'temps', 'minutes', 'dispo', 'disponible', 'partant', 'partante'],
  readerTimeChoice: ['à votre convenance', 'à ta convenance', 'quand vous voulez', 'quand tu veux', 'quand cela vous arrange', 'quand ça vous arrange'],
  availabilityWords: ['disposition', 'disponible'],
  linkNouns: ['lien', 'formulaire', 'page', 'site'],
  linkPointers: ['ci-dessous', 'ici', 'ci-dessus', 'ci-joint'],
  able: ['je peux', 'nous pouvons', 'je pourrais', 'nous pourrions', 'je vais vous', 'je vais te', 'ravi de', 'ravie de', 'ravis de', "ravi d'", "ravie d'", 'heureux de', 'heureuse de', "heureux d'", "heureuse d'", "ravis d'", 'serait super de', 'serait génial de', "serait super d'", "serait génial d'"],
  offerVerbs: ['envoyer', 'transmettre', 'partager', 'présenter', 'montrer', 'faire', 'appeler', 'rappeler', 'proposer', 'préparer', 'passer', 'expliquer', 'offrir', 'mettre', 'échanger', 'discuter', 'en discuter', 'parler', 'en parler', 'rencontrer'],
  pastAuxiliaries: ['avoir', 'être', 'été'],
  connect: ['connecter', 'connecte', 'connectons', 'connectons-nous', 'connectés', 'rester en contact', 'en contact', 'échanger', 'réseau', 'ajouter à mon réseau'],
  // "Seriez-vous", "Dites-moi", "Connectons-nous"; "Répondez" (vous-imperative), not "Chez".
  verbFirst: {
    hyphenSuffixes: ['vous', 'tu', 'je', 'moi', 'nous', 'en', 'le', 'la', 'lui', 'leur'],
    inversions: ['vous', 'tu', 'je'],
    replyVerbs: ['répondez', 'écrivez', 'appelez', 'contactez', 'réservez', 'choisissez', 'cliquez', 'inscrivez', 'transférez', 'transmettez', 'indiquez', 'envoyez', 'proposez', 'prévenez'],
    writer: ['me', "m'", 'moi', 'nous'],
    endings: ['ez'],
    minLength: 5,
    except: ['chez', 'assez'],
  },
};

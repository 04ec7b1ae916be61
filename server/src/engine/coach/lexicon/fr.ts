import type { Lexicon } from './types';

export const fr: Lexicon = {
  businessWords: [
    'opportunité', 'opportunités', 'prise', 'contact', 'proposition', 'partenariat', 'partenariats', 'collaboration', 'candidature', 'cv', 'recrutement', 'recruteur', 'recruteuse', 'chasseur',
    'onboarding', 'webinaire', 'webinar', 'saas', 'b2b', 'roi', 'kpi', 'startup', 'start-up', 'scale-up', 'croissance', 'chiffre', 'affaires', 'prospection', 'leads', 'pipeline', 'solution',
    'solutions', 'plateforme', 'logiciel', 'cloud', 'outil', 'outils', 'données', 'ia', 'automatisation', 'digitalisation', 'transformation', 'optimisation', 'optimiser', 'efficacité', 'rentabilité',
    'conseil', 'accompagnement', 'offre', 'offres', 'démo', 'devis', 'échange', 'échanger', 'rendez-vous', 'rdv', 'appel', 'visio', 'petite', 'question', 'réseau', 'réseautage', 'mise', 'relation',
    'innovant', 'innovante', 'unique', 'exclusif', 'exclusive', 'incroyable', 'exceptionnel', 'exceptionnelle', 'stage', 'alternance', 'freelance', 'mentorat', 'poste', 'postes',
  ],
  functionWords: [
    'le', 'la', 'les', "l'", 'l', "m'", "t'", "s'", "n'", "j'", "c'", "qu'", 'un', 'une', 'des', 'du', 'de', "d'", 'd', 'et', 'ou', 'mais', 'donc', 'car', 'pour', 'avec', 'sans', 'sur', 'sous', 'dans', 'en', 'à', 'au', 'aux', 'par',
    'chez', 'vers', 'comme', 'comment', 'pourquoi', 'quand', 'où', 'que', 'qui', 'quoi', 'dont', 'ce', 'cet', 'cette', 'ces', 'votre', 'vos', 'ton', 'ta', 'tes', 'notre', 'nos', 'mon', 'ma', 'mes',
    'son', 'sa', 'ses', 'leur', 'leurs', 'je', 'nous', 'vous', 'tu', 'il', 'elle', 'ils', 'elles', 'on', 'est', 'sont', 'été', 'être', 'avoir', 'a', 'ai', 'ont', 'ne', 'pas', 'plus', 'très', 'aussi', 'si',
    'pendant', 'depuis', 'avant', 'après', 'entre', 'contre', 'selon', 'malgré', 'durant', 'parmi', 'lorsque', 'puisque', 'parce', 'tandis', 'dès',
  ],
  greetings: ['bonjour', 'bonsoir', 'salut', 'coucou', 'cher', 'chère', 'madame', 'monsieur', 'madame, monsieur', 'mesdames et messieurs', 'hello'],
  honorifics: ['m', 'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle', 'dr', 'docteur', 'pr', 'professeur', 'me', 'maître'],
  teamWords: ['équipe', 'recrutement', 'rh', 'ressources', 'service', 'direction', 'commercial', 'marketing', 'département', 'talents', 'carrières'],
};

import type { SubjectLexicon } from './types';

export const fr: SubjectLexicon = {
  possessives: ['votre', 'vos', 'ton', 'ta', 'tes'],
  artifacts: [
    'article', 'billet', 'post', 'blog', 'talk', 'conférence', 'keynote', 'intervention', 'table ronde', 'podcast', 'épisode', 'webinaire', 'webinar', 'interview', 'entretien', 'commentaire',
    'thread', 'fil', 'tribune', 'essai', 'mémo', 'note', 'newsletter', 'livre', 'chapitre', 'chronique', 'cours', 'atelier', 'session', 'discours', 'présentation', 'vidéo', 'étude', 'enquête',
    'rapport', 'thèse', 'mémoire', 'repo', 'pr', 'patch', 'commit', 'bibliothèque', 'plugin', 'démo', 'analyse', 'guide', 'réponse', 'question',
    'fonctionnalité', 'version', 'lancement', 'migration', 'refonte', 'modèle', 'moteur', 'algorithme', 'outil',
  ],
  news: [
    'levée', 'tour', 'financement', 'série', 'rachat', 'acquisition', 'fusion', 'ouverture', 'boutique', 'shop', 'magasin', 'agence', 'bureau', 'site', 'usine', 'clinique', 'expansion',
    'promotion', 'nomination', 'arrivée', 'prix', 'récompense', 'anniversaire', 'certification', 'introduction en bourse', 'nouveau poste',
  ],
  firstPerson: ['nous', 'notre', 'nos', 'on', 'je', 'mon', 'ma', 'mes'],
  senderPossessives: ['notre', 'nos', 'mon', 'ma', 'mes'],
  senderPrepositions: ['chez'],
  timeUnits: ['minute', 'minutes', 'min', 'heure', 'heures', 'jour', 'jours', 'semaine', 'semaines', 'mois'],
  congratulations: ['félicitations', 'bravo'],
  referrals: ['conseillé', 'conseillée', 'conseils', 'recommandé', 'recommandée', 'recommandation', 'suggéré', 'mentionné', 'orienté', 'orientée', 'présenté', 'présentée', 'part'],
  background: ['ancien', 'ancienne', 'anciens', 'anciennes', 'alumni', 'alumnus', 'alumna', 'diplômé', 'diplômée', 'camarade', 'promo', 'promotion', 'même', 'mêmes', 'ex-collègue'],
  conversation: ['demandé', 'convenu', 'promis', 'parlé', 'évoqué', 'discuté', 'comme convenu', 'comme promis', 'dont on a parlé'],
  labels: [
    'demande', 'proposition', 'présentation', 'mise en relation', 'relance', 'suivi', 'suite', 'nouvelles', 'nouveautés', 'actualités', 'information', 'informations', 'invitation',
    'pièce jointe', 'ci-joint', 'cv', 'candidature', 'candidat', 'candidats', 'candidate', 'profil', 'profils', 'message', 'rappel', 'partenariat', 'collaboration', 'idée', 'idées',
    'question', 'questions', 'félicitations', 'bravo', 'bonjour', 'parcours', 'expérience', 'échange', 'contact', 'prise de contact', 'offre',
  ],
  requests: [
    'minute', 'minutes', 'échange', 'échanger', 'appel', 'rendez-vous', 'rdv', 'visio', 'café', 'déjeuner', 'conseil', 'conseils', 'avis', 'retour', 'retours', 'aide', 'soutien', 'connecter', 'rencontrer', 'rencontre',
    'parler', 'discuter', 'temps', 'moment', 'défi', 'étape', 'chapitre', 'opportunité', 'intéressé', 'intéressée', 'disponible', 'dispo', 'possible', 'réseau', 'rejoindre',
  ],
  categories: [
    'crm', 'erp', 'ats', 'hris', 'cms', 'lms', 'saas',
    'opportunité', 'opportunités', 'défi', 'poste', 'postes', 'offre', 'emploi', 'emplois', 'job', 'rôle', 'recherche', 'recrutement', 'carrière', 'services', 'service', 'solutions', 'solution',
    'accompagnement', 'conseil', 'économies', 'plateforme', 'logiciel', 'produits', 'agence', 'programme', 'partenariat', 'collaboration', 'stratégie', 'cherche', 'salon', 'congrès', 'événement', 'évènement', 'webinaire', 'rencontre',
  ],
  roles: [
    'ceo', 'cfo', 'cto', 'coo', 'cmo', 'dg', 'drh', 'daf', 'rh', 'sre', 'devops', 'front', 'frontend', 'back', 'backend', 'fullstack', 'développeur', 'développeuse', 'ingénieur', 'ingénieure',
    'designer', 'analyste', 'consultant', 'consultante', 'directeur', 'directrice', 'responsable', 'chef', 'lead', 'fondateur', 'fondatrice', 'stagiaire', 'étudiant', 'étudiante',
    'infirmier', 'infirmière', 'médecin', 'senior', 'junior', 'expert', 'experte', 'talent', 'talents', 'profil', 'h/f', 'cdi', 'cdd', 'freelance', 'alternant', 'alternante',
  ],
  stock: [
    'petite', 'petit', 'rapide', 'brève', 'bref', 'super', 'belle', 'beau', 'grande', 'grand', 'nouvelle', 'nouveau', 'nouvel', 'exclusive', 'exclusif', 'unique', 'incroyable',
    'exceptionnelle', 'exceptionnel', 'intéressante', 'intéressant', 'important', 'importante', 'inspirant', 'inspirante', 'passionné', 'passionnée', 'motivé', 'motivée', 'bonjour',
    'salut', 'cher', 'chère', 'merci', 'encore', "aujourd'hui", 'demain', 'hier', 'bientôt', 'semaine', 'mois', 'année', 'matin', 'soir', 'lundi', 'mardi', 'mercredi', 'jeudi',
    'vendredi', 'samedi', 'dimanche', 'tr', 'réf', 'mon', 'notre', 'équipe', 'entreprise', 'société', 'secteur', 'leader', 'innovant', 'innovante', 'top', 'valeur',
    'succès', 'fan', 'admirateur', 'admiratrice', 'lecteur', 'lectrice', 'expérimenté', 'expérimentée', 'ambitieux', 'ambitieuse', 'dynamique', 'heure', 'heures', 'jour', 'jours', 'dernier', 'dernière', 'récent', 'récente', 'besoins', 'objectifs', 'enjeux', 'spontanée', 'spontané', 'bien', 'bon', 'bonne', 'meilleur', 'meilleure', 'vraiment', 'très',
  ],
  growthVerbs: [
    'boostez', 'booster', 'boostez', 'augmentez', 'augmenter', 'doublez', 'doubler', 'triplez', 'réduisez', 'réduire', 'économisez', 'maximisez', 'optimisez', 'optimiser', 'révolutionnez',
    'transformez', 'accélérez', 'accélérer', 'multipliez', 'développez', 'décuplez', 'propulsez', 'gagnez',
  ],
  abstractions: [
    'croissance', 'ventes', 'ca', 'chiffre', 'affaires', "chiffre d'affaires", 'revenus', 'bénéfices', 'roi', 'efficacité', 'productivité', 'performance', 'performances', 'résultats',
    'business', 'pipeline', 'recrutement', 'leads', 'conversions', 'coûts', 'marge', 'marges', 'marque', 'visibilité', 'carrière',
  ],
  hype: [
    'révolutionnaire', 'garanti', 'garantie', 'gratuit', 'gratuite', 'urgent', 'urgente', 'prime', 'bonus', 'rockstar', 'ninja', 'licorne', '#1', '100%',
  ],
  superlatives: [
    'incroyable', 'ultime', 'exclusif', 'exclusive', 'unique', 'exceptionnelle', 'exceptionnel', 'imbattable', 'top', 'immédiat', 'immédiatement',
  ],
  percentBait: ["jusqu'à", 'plus', 'moins', 'réduction', 'remise', 'économies'],
  hypePhrases: ['niveau supérieur', 'à ne pas manquer', 'offre limitée', 'temps limité', "job de rêve", 'poste de rêve'],
  selfPitch: ['cherche', 'recherche', 'disponible', 'ouvert à', 'ouverte à'],
  abstractEndings: ['logie', 'isation', 'isations', 'ation', 'ations', 'ement', 'ements', 'ité', 'ités', 'isme', 'ance', 'ence'],
  talk: {
    nouns: ['échange', 'échanges', 'appel', 'conversation', 'discussion', 'rencontre', 'café', 'déjeuner', 'dîner', 'rendez-vous', 'visite', 'entretien', 'visio'],
    places: ['à', 'au', 'aux', 'lors', 'sur', 'pendant', 'après', 'en'],
    since: ['suite', 'après', 'depuis'],
  },
};

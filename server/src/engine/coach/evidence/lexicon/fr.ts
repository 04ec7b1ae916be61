import type { EvidenceLexicon } from './types';

export const fr: EvidenceLexicon = {
  yourWords: ['votre', 'vos', 'ton', 'ta', 'tes'],
  youWords: ['vous', 'tu'],
  artifactNouns: [
    // Écrire
    'article', 'billet', 'post', 'publication', 'tribune', 'chronique', 'newsletter', 'édition', 'essai', 'mémo', 'livre', 'ouvrage', 'chapitre', 'étude',
    'analyse', 'rapport', 'livre blanc', 'thèse', 'mémoire', 'guide', 'fil', 'thread', 'commentaire', 'blog', 'décryptage', 'enquête', 'manifeste', 'cas pratique',
    // Parler
    'intervention', 'conférence', 'keynote', 'talk', 'table ronde', 'panel', 'session', 'atelier', 'masterclass', 'discours', 'présentation', 'webinaire', 'webinar', 'podcast', 'épisode',
    'interview', 'entretien', 'vidéo', 'live', 'cours', 'exposé', 'pitch',
    // Code et produit
    'patch', 'pr', 'pull request', 'commit', 'dépôt', 'repo', 'bibliothèque', 'librairie', 'plugin', 'extension', 'sdk', 'benchmark', 'prototype', 'refonte', 'migration',
  ],
  topicNouns: ['travail', 'travaux', 'projet', 'engagement'],
  genericNouns: [
    'profil', 'parcours', 'expérience', 'carrière', 'entreprise', 'société', 'équipe', 'culture', 'mission', 'vision', 'valeurs', 'marque', 'produit', 'produits', 'site', 'univers', 'expertise',
    'compétences', 'réussite', 'succès', 'talent', 'talents', 'croissance', 'secteur', 'clients', 'objectifs', 'potentiel', 'réseau', 'temps', 'rôle', 'poste', 'cv', 'activité', 'métier',
    'organisation', 'structure', 'développement', 'évolution', 'savoir-faire', 'travail',
  ],
  complementWords: ['sur', 'de', "d'", 'du', 'des', 'à', 'au', 'aux', 'dans', 'pour', 'avec', 'contre', 'chez', 'lors', 'en'],
  workVerbs: [
    'écriviez', 'écrivais', 'expliquiez', 'expliquais', 'disiez', 'disais', 'racontiez', 'racontais', 'décriviez', 'décrivais', 'montriez', 'montrais', 'défendiez', 'défendais',
    'souligniez', 'soulignais', 'affirmiez', 'affirmais', 'présentiez', 'présentais',
  ],
  perfectAux: ['avez', 'aviez', 'as', 'avais', 'êtes', 'es', 'étiez', 'étais'],
  workParticiples: [
    'expliqué', 'écrit', 'publié', 'dirigé', 'lancé', 'présenté', 'fondé', 'cofondé', 'construit', 'mené', 'piloté', 'développé', 'créé', 'refait', 'raconté', 'décrit', 'partagé', 'animé',
    'organisé', 'recruté', 'monté', 'porté', 'conçu', 'déployé', 'migré', 'livré', 'rédigé', 'signé', 'défendu', 'montré', 'démontré', 'levé', 'annoncé', 'ouvert', 'gagné', 'remporté',
    'structuré', 'transformé', 'accompagné', 'encadré', 'dit', 'souligné', 'affirmé', 'modéré', 'enregistré', 'testé', 'mesuré', 'documenté', 'proposé', 'fusionné', 'contribué', 'parlé',
    'intervenu', 'abordé', 'mentionné', 'évoqué', 'décortiqué', 'analysé',
  ],
  thanksFor: ["merci d' avoir", 'merci pour', 'merci encore pour', "merci encore d' avoir"],
  workGerunds: [],
  newsVerbs: [
    'installe', 'ouvre', 'ouvrira', 'ouvert', 'lève', 'levé', 'lance', 'lancé', 'lancera', 'rachète', 'racheté', 'acquiert', 'acquis', 'annonce', 'annoncé', 'signe', 'signé',
    'inaugure', 'inauguré', 'étend', 'déploie', 'déployé', 'arrive', 'entre', 'fusionne', 'remporte', 'remporté', 'gagne', 'boucle', 'bouclé', 'finalise', 'double', 'doublé', 'implante',
    'implanté', 'prépare', 'annoncer', 'lever', 'ouvrir', 'lancer', 'racheter',
  ],
  newsNouns: [
    'levée', 'tour', 'série', 'seed', 'financement', 'rachat', 'acquisition', 'fusion', 'expansion', 'bureau', 'bureaux', 'implantation', 'arrivée', 'ouverture', 'lancement', 'entrepôt',
    'usine', 'introduction', 'ipo', 'prix', 'récompense', 'cap', 'étape', 'nomination', 'appel', 'restructuration', 'agence', 'filiale', 'magasin', 'boutique',
  ],
  congrats: ['félicitations pour', 'félicitations à', "félicitations d'", 'félicitations d', 'bravo pour', 'bravo à', 'chapeau pour'],
  readIn: ['vu dans', 'lu dans', 'appris dans', 'découvert dans', 'vu sur', 'lu sur', 'appris sur', 'vu passer', 'lu que', 'vu que', 'appris que'],
  readInThat: ['que', "qu'"],
  accordingTo: ['selon', "d' après"],
  moveVerbs: ['rejoint', 'intégré', 'pris', 'passé', 'passée', 'arrivé', 'arrivée', 'nommé', 'nommée', 'promu', 'promue', 'devenu', 'devenue'],
  moveNouns: ['arrivée', 'nomination', 'promotion', 'nouveau poste', 'nouvelle fonction', 'nouvelles fonctions', 'nouveau rôle', 'passage'],
  nowCues: ['vous êtes désormais', 'tu es désormais', 'vous êtes maintenant', 'tu es maintenant', 'vous êtes aujourd', 'tu es aujourd'],
  conversationCues: [
    'on a parlé', 'on a échangé', 'on a discuté', 'nous avons parlé', 'nous avons échangé', 'nous avons discuté', 'comme promis', 'comme convenu', 'suite à notre', 'pour cet échange',
    'pour notre échange', 'pour la discussion', "pour l' échange", 'avoir échangé', 'nous étions parlé', 'nous sommes parlé', 'on s\' est parlé', 'échangé avec vous', 'échangé avec toi',
  ],
  ourWords: ['notre', 'nos'],
  conversationNouns: ['échange', 'échanges', 'discussion', 'conversation', 'appel', 'café', 'déjeuner', 'dîner', 'rencontre', 'entretien'],
  meetingCues: ['rencontré', 'rencontrée', 'rencontrés', 'croisé', 'croisée', 'croisés', 'vous rencontrer', 'te rencontrer', 'fait votre connaissance', 'fait ta connaissance'],
  topicWords: ['sur', 'à propos'],
  contentNouns: ['astuce', 'conseil', 'remarque', 'idée', 'question', 'réponse', 'point', 'histoire', 'témoignage', 'regard', 'retour', 'analyse'],
  mutualVerbs: ['recommandé', 'conseillé', 'suggéré', 'parlé', 'donné', 'dit', 'mentionné', 'présenté', 'recommande', 'conseille', 'suggère', 'orienté', 'transmis', 'mis'],
  mutualObjects: ["m'", 'me', 'nous', "t'", 'te', 'vous', 'moi', 'toi'],
  mutualNouns: ['recommandation', 'conseil', 'suggestion', 'part'],
  sharedCues: [
    'tous les deux', 'toutes les deux', 'tous deux', 'toutes deux', 'point commun', 'même promo', 'même promotion', 'même école', 'même équipe', 'même programme', 'camarade de promo',
    'camarades de promo', 'ancien de', 'ancienne de', 'anciens de', 'anciennes de', 'ancien collègue', 'ancienne collègue', 'ensemble lors', 'ensemble à', 'ensemble chez', 'aussi étudié',
    'aussi travaillé',
  ],
  alumNouns: ['alumni', 'ancien', 'ancienne', 'anciens', 'diplômé', 'diplômée', 'camarade', 'membre'],
  fellowWords: ['autre', 'aussi', 'également'],
  ofWords: ['de', "d'", 'du', 'des'],
  phraseStops: ['déjà', 'encore', 'toujours', 'jamais', 'aujourd', 'hier', 'récemment', 'tout', 'toute', 'tous', 'toutes', 'souvent', 'vraiment', 'justement'],
  determiners: ['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'son', 'sa', 'ses', 'leur', 'leurs', 'votre', 'vos', 'ton', 'ta', 'tes', 'ce', 'cet', 'cette', 'ces'],
  abbreviations: ['co', 'cie', 'mme', 'mlle', 'dr', 'st', 'ste', 'me', 'pr', 'etc', 'env', 'cf'],
};

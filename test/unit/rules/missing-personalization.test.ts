import { testRule, type InvalidCase, type ValidCase } from '../../helpers/rule-tester';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

// The recruiter template everyone receives: nothing in it is about the recipient.
const TEMPLATE = `I'm a technical recruiter at Globex and we have an exciting opportunity for a Senior Backend Engineer. We offer competitive pay, equity and fully remote work.

Would you be open to a quick chat this week?

Best,
Sam`;

const withHeaders = (body: string, headers = 'Subject: Senior Backend Engineer at Globex\nTo: Dana Lee\nCompany: Acme') => `${headers}\n\n${body}`;
const inLanguage = (lang: string, body: string, company = 'Globex GmbH') => `Subject: Kurze Frage\nTo: Alex Berger\nCompany: ${company}\nLanguage: ${lang}\n\n${body}`;

// One draft per evidence kind and language: each must read as personal.
const personal: [string, string, string, string?][] = [
  ['en', 'work: your + qualifiers + artifact', 'Hi Dana,\n\nYour KubeCon EU keynote on sidecar-less meshes convinced our platform team to try ambient mode.\n\nOpen to comparing notes?'],
  ['en', 'work: the artifact you + past verb', 'Hi Dana,\n\nThe memo you published on four-day on-call rotations is pinned in our SRE channel.\n\nCould we talk for 15 minutes?'],
  ['en', 'work: you + work verb', 'Hi Dana,\n\nYou shipped the offline mode for the Acme field app in six weeks; we are about to attempt the same.\n\nWorth a call?'],
  ['en', 'news: their company + news verb', 'Hi Dana,\n\nSaw that Acme just acquired Brightpath. Merging two support desks is where we help.\n\nWorth a call?', 'Acme Corp.'],
  ['en', 'news: read in an outlet', 'Hi Dana,\n\nRead in The Information that Acme is doubling its Dublin team. We place senior SREs in Ireland.\n\nWorth a call?'],
  ['en', 'move: saw you joined', 'Hi Dana,\n\nJust saw you joined Figma as head of data infrastructure. New data leads usually start with an audit; we run those.\n\nWorth a call?'],
  ['en', 'conversation: our chat at an event', 'Hi Dana,\n\nThanks again for our coffee after the Monitorama panel. Here is the runbook template I mentioned.\n\nLet me know what you think.'],
  ['en', 'mutual: a name + suggested', 'Hi Dana,\n\nPriya Raman suggested I reach out about your on-call redesign. We did the same at Globex last year.\n\nCould I buy you a coffee next week?'],
  ['en', 'shared background: fellow + school', 'Hi Dana,\n\nFellow Waterloo co-op grad here. I am hiring my first data engineer and would value ten minutes of advice.\n\nWould you be up for it?'],
  ['en', 'shared background: we both worked at', 'Hi Dana,\n\nWe both worked at Atlassian around 2019, you on Jira Cloud and I on Bitbucket.\n\nWould you be up for a short call?'],
  ['en', "company: their company's particular thing", "Hi Marcus,\n\nNorthwind's status page still lists the EU region as beta, eight months after launch.\n\nWorth a call?", 'Northwind Traders Ltd'],
  ['en', 'company: what it does, in plain words', 'Hi Marcus,\n\nNorthwind collects its empty crates from shops on the next delivery round.\n\nWorth a call?', 'Northwind Traders Ltd'],
  ['en', 'company: after a name set off by a comma', 'Priya, Northwind still prints every invoice on carbon paper in the depot office.\n\nWorth a call?', 'Northwind Traders Ltd'],
  ['de', 'company: was die Firma tut, in schlichten Worten', 'Guten Tag Herr Berger,\n\nbei Globex zeichnen die Monteure jeden Wartungsauftrag noch auf Papier ab.\n\nHätten Sie Zeit für ein kurzes Gespräch?', 'Globex GmbH'],
  ['en', 'conversation: thanks for a visit', 'Hi Dana,\n\nThanks again for the tour of the Leeds plant on Friday; the kitting cells were an eye-opener.\n\nCould I send you our notes?'],
  ['es', 'conversation: le agradezco la charla', 'Estimado Sr. Prieto:\n\nle agradezco la charla del jueves en el Foro Logístico de Zaragoza.\n\n¿Podemos seguir la conversación por teléfono?'],
  ['fr', 'conversation: je vous remercie pour', "Bonjour Madame Garnier,\n\nje vous remercie pour l'échange de mardi sur vos entrepôts de Roissy.\n\nPouvons-nous caler un appel ?"],
  ['de', 'company: nach einem Doppelpunkt', 'Hallo Alex,\n\njetzt ist es offiziell: Die Globex fertigt ab Januar auch in Pilsen.\n\nHätten Sie Zeit für ein kurzes Gespräch?', 'Globex GmbH'],
  ['de', 'company: dass + Artikel + Firma', 'Guten Tag Herr Berger,\n\ndass die Globex seit März ein zweites Lager in Kassel betreibt, habe ich in der HNA gelesen.\n\nHätten Sie Zeit für ein kurzes Gespräch?', 'Globex GmbH'],
  ['es', 'work: que + verbo + usted', 'Estimado Sr. Prieto:\n\nel plan de movilidad escolar que diseñó usted para el Ayuntamiento de Getafe nos sirve de modelo.\n\n¿Podemos hablar 15 minutos?'],
  ['fr', 'work: que votre service a menée', "Bonjour Madame Garnier,\n\nla refonte du portail des aides agricoles, que votre service a menée avec la Région Bretagne, est citée partout.\n\nPouvons-nous caler un appel ?"],
  ['en', 'work: the thing that your department ran', 'Hi Dana,\n\nThe Leeds depot rollout that your department ran last spring is the one our clients keep citing.\n\nCould we talk for 15 minutes?'],
  ['en', 'company: a common word of its name, capitalised inside a sentence', 'Hi Marcus,\n\nLast month I returned a tent at the Harbor counter in Leeds without a receipt.\n\nWorth a call?', 'Harbor Outfitters Ltd'],
  ['en', 'conversation: arguing with you', 'Hey Dana, great arguing with you about monorepos on the RubyConf bus. Connecting before I forget.'],
  ['es', 'conversation: compartir mesa con usted', 'Estimado Sr. Prieto:\n\nfue un placer compartir mesa con usted en la cena de clausura de Fruit Logistica.\n\n¿Podemos hablar 15 minutos?'],
  ['en', 'work: your question about a clause', 'Hi Dana,\n\nYour question about what happens when the Kafka consumer lags during failover stuck with me.\n\nCould we talk for 15 minutes?'],
  ['de', 'work: Ihr Einwand zu einem Thema', 'Guten Tag Herr Berger,\n\nIhren Einwand zur Kalibrierung der Bodensensoren haben wir ernst genommen.\n\nHätten Sie Zeit für ein kurzes Gespräch?'],
  ['de', 'company: Seit + Firma als Subjekt', 'Guten Tag Herr Berger,\n\nseit die Globex ihre Kantinenverpflegung in kleine Lose aufgeteilt hat, liefern auch Höfe aus dem Umland.\n\nHätten Sie Zeit für ein kurzes Gespräch?', 'Globex GmbH'],
  ['fr', 'news: un changement nommé', "Salut Alex,\n\nle passage de Lille au picking par lot, c'était ton projet d'après ton CTO.\n\nOn s'appelle jeudi ?"],
  ['en', 'news: a switch with a name', 'Hi Dana,\n\nThe switch to four-day rotas at the Salford depot is the talk of our industry.\n\nCould we talk for 15 minutes?'],
  ['fr', 'work: votre cabinet + verbe + objet nommé', 'Bonjour Madame Garnier, votre cabinet accompagne la Ville de Grenoble sur son plan vélo ; nous y assurons les comptages. Puis-je vous ajouter à mon réseau ?'],
  ['en', 'news: a name and a plain word before the news noun', 'Hi Dana,\n\nThe Leeds depot rollout is the only go-live I know that finished early. We make the tags that sit under systems like that.\n\nHappy to send the spec if useful.'],
  ['de', 'conversation: danke für die halbe Stunde am Dienstag', 'Hey Alex,\n\ndanke nochmal für die halbe Stunde am Dienstag, das hat mir sehr geholfen.\n\nSag mir, an welche Mail ich den Zugang schicken soll.'],
  ['es', 'conversation: gracias por los minutos en un lugar nombrado', 'Estimado Sr. Prieto:\n\nmuchas gracias por los minutos que me dio en el pasillo de ENADE la semana pasada.\n\n¿Podría indicarme dónde encontrar el informe?'],
  ['de', 'work: Ihre Fortbildung zu einem Thema', 'Sehr geehrte Frau Berger,\n\neine Kollegin hat Ihre Fortbildung zur Delir-Prävention besucht und kam mit drei Seiten Notizen zurück.\n\nHätten Sie Zeit für ein kurzes Gespräch?'],
  ['fr', "conversation: merci pour l'accueil", "Madame Garnier,\n\nun grand merci pour l'accueil dans votre exploitation de Bastogne samedi.\n\nPouvons-nous caler un appel ?"],
  ['en', 'company: a detail from their careers page', 'Hi Dana,\n\nYour careers page says the data team still runs Airflow 1.10 on Redshift, with a migration planned.\n\nWorth a call?'],
  ['de', 'company: ein Satz aus ihren Stellenanzeigen', 'Guten Tag Herr Berger,\n\nin Ihren Stellenanzeigen steht seit einem Jahr derselbe Satz über Embedded-Entwicklung in Gütersloh.\n\nHätten Sie Zeit für ein kurzes Gespräch?'],
  ['es', 'work: el taller de ... que dictó', 'Buenos días, Chef Prieto:\n\nel taller de costeo de menús que dictó en el Festival Gastronómico de Medellín me cambió la manera de mirar una carta.\n\n¿Podemos hablar 15 minutos?'],
  ['en', 'news: a qualified change with a named place', 'Hi Dana,\n\nThe cross-dock redesign at the Daventry site is the reason I am writing.\n\nCould we talk for 15 minutes?'],
  ['en', 'news: congratulations to the team on', 'Hi Dana,\n\nCongratulations to you and the crew on the Series A. Scaling support after a raise is what we do.\n\nWorth a call?'],
  ['en', 'mutual: your name came up', 'Hi Dana,\n\nYour name came up twice last week when I spoke with Tomasz Nowak about incident reviews.\n\nWorth a call?'],
  ['en', 'company: a customer of theirs', 'Hi Marcus,\n\nAs a longtime Northwind customer, I keep hitting the same CSV export limit on invoices.\n\nWorth a call?', 'Northwind Traders Ltd'],
  ['de', 'shared background: wie du habe ich', 'Hallo Alex,\n\nwie du habe ich bei Zalando im Payments-Team angefangen.\n\nHast du nächste Woche Zeit?'],
  ['en', 'news: their company + a change under way', 'Hi Marcus,\n\nNorthwind is moving its warehouses onto a single WMS this spring. Cut-overs are where we help.\n\nWorth a call?', 'Northwind Traders Ltd'],
  ['en', 'conversation: thanks for the conversation', 'Hi Dana,\n\nThanks for the long conversation at the Monitorama speakers dinner. Here is the paper I promised.\n\nLet me know what you think.'],
  ['de', 'conversation: Gespräch am Stand der anderen', 'Hallo Alex,\n\nauf der Hannover Messe haben wir kurz am Stand von Festo gesprochen.\n\nHast du nächste Woche Zeit?'],
  ['fr', "work: je vous ai entendu", "Bonjour Madame Garnier,\n\nje vous ai entendu sur BFM Business à propos des centres de données.\n\nAuriez-vous 15 minutes ?"],
  ['es', 'work: te escuché en', 'Hola, Alex:\n\nte escuché en el pódcast de Itnig hablando de precios por uso.\n\n¿Hablamos 15 minutos?'],
  ['de', 'work: ihr (plural) ... Partizip habt', 'Hallo Alex,\n\nstark, wie ihr bei Personio das Onboarding für Entwickler umgebaut habt.\n\nHast du nächste Woche Zeit?'],
  ['en', 'work: your company + artifact', 'Hi Dana,\n\nYour company engineering blog post on retiring feature flags made the rounds here.\n\nWorth a call?'],
  ['en', 'conversation: we met briefly at', 'Hi Dana,\n\nWe met briefly at the LeadDev Berlin speakers lounge. I still owe you the incident template.\n\nLet me know if it helps.'],
  ['en', 'mutual: a friend of + name', "Hi Dana,\n\nI'm a friend of Jorge Ramos, who shared an office with you at Mozilla.\n\nWorth a call?"],
  ['en', 'company: the Company + one of its things', 'Hi Marcus,\n\nThe Northwind returns portal still emails a PDF label instead of a QR code.\n\nWorth a call?', 'Northwind Traders Ltd'],
  ['en', 'work: your coverage of', 'Hi Dana,\n\nYour coverage of grid-scale storage tenders is the only reporting our analysts forward.\n\nWorth a call?'],
  ['en', 'shared background: also went to', 'Hi Dana,\n\nI also went to Carnegie Mellon, a few years after you, and moved into robotics.\n\nWorth a call?'],
  ['de', 'work: Ihr + Artefakt', 'Guten Tag Herr Berger,\n\nIhr Gastbeitrag im t3n über Plattform-Teams wird bei uns intern herumgereicht.\n\nHätten Sie 15 Minuten Zeit?'],
  ['de', 'work: Sie haben ... Partizip', 'Guten Tag Herr Berger,\n\nSie haben bei der Globex die Umstellung auf Kubernetes geleitet, genau das steht bei uns an.\n\nHätten Sie 15 Minuten Zeit?'],
  ['de', 'news: laut + Quelle', 'Guten Tag Herr Berger,\n\nlaut Gründerszene eröffnet Globex ein zweites Lager in Leipzig.\n\nHätten Sie 15 Minuten Zeit?'],
  ['de', 'conversation: unser Gespräch', 'Hallo Alex,\n\ndanke für das Gespräch auf dem Frontend-Meetup in Hamburg letzte Woche.\n\nLass uns gern weiterreden.'],
  ['de', 'mutual: Name + hat mir empfohlen', 'Hallo Alex,\n\nMiriam Vogt hat mir empfohlen, mich bei dir zu melden.\n\nHast du nächste Woche Zeit?'],
  ['de', 'shared background: wir beide an', 'Hallo Alex,\n\nwir haben beide an der RWTH Aachen Maschinenbau studiert.\n\nHast du nächste Woche Zeit?'],
  ['de', 'move: Glückwunsch zur neuen Rolle', 'Hallo Alex,\n\nherzlichen Glückwunsch zur neuen Rolle als CTO bei Flink!\n\nHast du nächste Woche Zeit?'],
  ['fr', 'work: votre + artefact', "Bonjour Madame Garnier,\n\nvotre conférence à Devoxx sur les monorepos m'a convaincu.\n\nAuriez-vous 15 minutes ?"],
  ['fr', 'work: vous avez + participe', "Bonjour Madame Garnier,\n\nvous avez piloté la migration de Globex vers Kafka, c'est exactement notre chantier.\n\nAuriez-vous 15 minutes ?"],
  ['fr', 'news: lu dans + média', "Bonjour Madame Garnier,\n\nj'ai lu dans Maddyness que Globex ouvre un bureau à Lyon.\n\nAuriez-vous 15 minutes ?", 'Globex SAS'],
  ['fr', 'mutual: Nom + m\'a conseillé', "Bonjour Madame Garnier,\n\nThomas Petit m'a conseillé de vous écrire.\n\nAuriez-vous 15 minutes ?"],
  ['fr', 'shared background: tous les deux', "Salut Alex,\n\non est tous les deux passés par l'ESSEC, toi deux ans avant moi.\n\nUn café ?"],
  ['fr', 'conversation: on a parlé', "Salut Alex,\n\non a parlé observabilité au meetup Paris DevOps mardi.\n\nOn continue ?"],
  ['es', 'work: tu + artefacto', 'Hola, Alex:\n\ntu hilo sobre costes de Kubernetes en pymes me ahorró una semana.\n\n¿Hablamos 15 minutos?'],
  ['es', 'work: pretérito de tú', 'Hola, Alex:\n\nlideraste la migración de pagos de Globex a Stripe, justo lo que vamos a hacer.\n\n¿Hablamos 15 minutos?'],
  ['es', 'news: según + medio', 'Hola, Alex:\n\nsegún Expansión, Globex abrirá tres centros en México.\n\n¿Hablamos 15 minutos?', 'Globex S.L.'],
  ['es', 'mutual: Nombre + me ha recomendado', 'Hola, Alex:\n\nLucía Prieto me ha recomendado que te escriba.\n\n¿Hablamos 15 minutos?'],
  ['es', 'shared background: los dos estudiamos', 'Hola, Alex:\n\nlos dos estudiamos en la Universidad de Navarra, tú un par de años antes.\n\n¿Hablamos 15 minutos?'],
  ['es', 'conversation: charlar contigo', 'Hola, Alex:\n\nme encantó charlar contigo en el Startup Grind de Valencia.\n\n¿Seguimos la conversación?'],
];

// One draft per template pattern and language: each must be flagged.
const templates: [string, string, string, string?][] = [
  ['en', 'impressive profile', 'Hi Dana,\n\nI came across your impressive profile and your background caught my eye. We have an exciting role.\n\nOpen to a chat?'],
  ['en', 'following your career', "Hi Dana,\n\nI've been following your career and love your posts on LinkedIn. Let's connect!"],
  ['en', 'merge fields in generic praise', 'Hi {{first_name}},\n\nTeams like {{company}} usually hit the wall on on-call at around 40 engineers. We fix that.\n\nWould a 15-minute call next week work?'],
  ['en', 'their company in generic praise', 'Hi Dana,\n\nAcme is an amazing company with a world-class culture. We help teams like yours grow.\n\nOpen to a chat?', 'Acme Inc.'],
  ['en', 'congratulations on nothing in particular', 'Hi Dana,\n\nCongrats on all your success! Our platform helps leaders like you save time.\n\nOpen to a chat?'],
  ['en', 'a booth follow-up', 'Hi Dana,\n\nGreat to meet you at CloudExpo! Thanks to everyone who stopped by our booth.\n\nBook a demo here.'],
  ['en', "the sender's colleague is no mutual contact", 'Hi Dana,\n\nMy colleague Sarah will follow up with a demo next week. We help teams like yours ship faster.\n\nOpen to a chat?'],
  ['en', "the sender's customers are not their company", 'Hi Dana,\n\nWe helped Stripe, Shopify and Notion cut onboarding time in half.\n\nOpen to a chat?'],
  ['en', 'asking for their take is an ask, not a reference', "Hi Dana,\n\nI'd love your take on AI in hiring. We built a screening tool.\n\nAre you free Tuesday?"],
  ['en', 'their company growing and hiring, as every company is', 'Hi Marcus,\n\nNorthwind is growing fast and hiring across the board. We help teams like yours onboard faster.\n\nOpen to a chat?', 'Northwind Traders Ltd'],
  ['en', "their company, then the writer's own clause", "Hi Marcus,\n\nI noticed you run operations at Northwind and thought I would reach out about our routing tool.\n\nOpen to a chat?", 'Northwind Traders Ltd'],
  ['en', 'thanks for visiting our booth', 'Hi {{first_name}},\n\nThanks for your visit to our booth at {{event}}! Our new catalogue is attached.\n\nBest regards'],
  ['en', 'a fellow professional, passionate about a field', 'Hello Olivia, as a fellow professional passionate about finance, I would love to connect and learn from your experience.'],
  ['en', 'sharing our deck is a wish, not a conversation', "Hi Dana,\n\nWe help logistics teams plan routes. I'd love to share our deck with you.\n\nOpen to a chat?"],
  ['en', 'what every team needs', 'Hi Dana,\n\nYour team needs a better way to plan rotas for Salesforce admins. We built one.\n\nOpen to a chat?'],
  ['en', 'thanks for your time, with their name', "Hi Dana,\n\nWe build onboarding kits for platform teams. Thanks for your time, Dana, and talk soon.\n\nOpen to a chat?"],
  ['de', 'die Entwicklung der Firma, gelobt', 'Sehr geehrter Herr Berger,\n\nich verfolge die Entwicklung von Globex schon lange mit großem Interesse. Wir optimieren Prozesse.\n\nIch stehe Ihnen gern zur Verfügung.', 'Globex GmbH'],
  ['fr', 'ce que nous faisons à leur site', "Bonjour Madame Garnier,\n\nen parcourant votre site, j'ai identifié plusieurs axes d'amélioration pour Google et la vitesse mobile.\n\nBelle journée."],
  ['en', 'their website, praised', 'Hi Dana,\n\nI visited your website and loved the new Shopify storefront, truly impressive work.\n\nOpen to a chat?'],
  ['en', 'thanks for your time', 'Hi Dana,\n\nWe build onboarding kits for platform teams. Thanks for your time and consideration.\n\nOpen to a chat?'],
  ['de', 'Lob für das Erreichte', 'Guten Tag Herr Berger,\n\nbeeindruckend, was Sie in Ihrer Laufbahn erreicht haben. Sie haben sicher schon gehört, dass KI den Vertrieb verändert.\n\nHätten Sie Zeit?'],
  ['en', 'contributions to the industry', 'Hi Dana,\n\nI appreciate your contributions to the industry and your many posts. We help leaders like you save time.\n\nOpen to a chat?'],
  ['en', 'the company team and culture', 'Hi Marcus,\n\nThe Northwind team is amazing and your writing inspires me. We help teams like yours.\n\nOpen to a chat?', 'Northwind Traders Ltd'],
  ['en', 'a common word of their name opening a sentence is that word', 'Hi Marcus,\n\nHarbor towns see the most rain every winter. We sell waterproof tents to shops along the coast.\n\nOpen to a chat?', 'Harbor Outfitters Ltd'],
  ['en', 'a common word of their name inside another name is that name', 'Hi Dana,\n\nThe Law Society dinner in Dublin is where we meet most of our clients every spring.\n\nOpen to a chat?', 'Law & Rowe Partners'],
  ['de', 'beeindruckendes Profil', 'Hallo Alex,\n\ndein beeindruckendes Profil ist mir sofort aufgefallen. Wir suchen genau Leute wie dich.\n\nLust auf ein Telefonat?'],
  ['de', 'Firma in allgemeinem Lob', 'Guten Tag Herr Berger,\n\nich habe mir die Website der Globex GmbH angesehen und bin begeistert. Wir helfen bei der Sichtbarkeit.\n\nHätten Sie Zeit?'],
  ['de', 'nur Merge-Felder', 'Hallo {{vorname}},\n\nwir helfen Firmen wie {{firma}} beim Wachstum.\n\nHätten Sie Zeit?'],
  ['fr', 'votre parcours', "Bonjour Madame Garnier,\n\nvotre parcours a retenu toute mon attention. Nous recrutons un directeur technique.\n\nDans l'attente de votre réponse."],
  ['fr', "une conjonction avant « que » n'ouvre pas de relative", "Salut {{prénom}},\n\nton pipeline Salesforce se remplit pendant que tu dors grâce à nos séquences automatiques.\n\nBonne journée !"],
  ['fr', 'entreprise dans un éloge générique', "Bonjour Madame Garnier,\n\nj'ai découvert Globex et j'adore votre univers ! Nous aidons les marques à grandir.\n\nBelle journée.", 'Globex SAS'],
  ['es', 'su perfil', 'Estimada Sra. Prieto:\n\nme llamó la atención su perfil y su trayectoria. Quedo a la espera de su respuesta.\n\nUn saludo.'],
  ['es', 'solo campos combinados', '¡Hola, {{first_name}}!\n\nAyudamos a marcas como {{empresa}} a crecer en redes.\n\n¿Hablamos?'],
];

testRule('missing-personalization', {
  valid: [
    ...personal.map(([lang, name, body, company]): ValidCase => ({ name: `${lang} ${name}`, text: inLanguage(lang, body, company) })),
    {
      name: 'the follow-up is not checked (the first message already was personal)',
      text: `${withHeaders(`Hi Dana,\n\nI read your post on remote onboarding. Would a 15-minute call next Tuesday work?`)}\n---\nSend: 2026-12-08 09:00\n\nHi Dana, just bumping this to the top of your inbox.`,
    },
    {
      name: 'CRLF: cites their talk',
      text: crlf(withHeaders(`Hi Dana,\n\nYour KubeCon talk on eBPF was excellent.\n\nOpen to comparing notes?`)),
    },
    {
      name: 'empty body (nothing to judge yet)',
      text: 'Subject: Your KubeCon talk on eBPF\nTo: Dana Lee\n\n',
    },
    {
      name: 'connection note: specific congratulation on the greeting line',
      text: `Kind: connection\nTo: Priya Nair\n\nHi Priya, congrats on the Series B! Would love to connect.`,
    },
    {
      name: 'a generic greeting before real evidence: the evidence decides',
      text: withHeaders(`Hello,\n\nYour KubeCon EU keynote on sidecar-less meshes convinced our platform team to try ambient mode.\n\nOpen to comparing notes?`),
    },
    {
      name: 'a language the copy rules do not read: the rule rests',
      text: `Subject: Uma pergunta\nTo: Ana Souza\nLanguage: pt\n\nOlá Ana,\n\nSomos uma empresa de tecnologia e temos uma oportunidade incrível para você.\n\nPodemos conversar?`,
    },
  ],
  invalid: [
    ...templates.map(([lang, name, body, company]): InvalidCase => ({ name: `${lang} template: ${name}`, text: inLanguage(lang, body, company), problems: [{ message: 'Nothing here is about this recipient' }] })),
    {
      name: 'a first name in the greeting alone, template body',
      text: withHeaders(`Hi Dana,\n\n${TEMPLATE}`),
      problems: [{ message: 'Nothing here is about this recipient', line: 5, covers: 'Hi Dana,' }],
    },
    {
      name: 'Dear Sir or Madam',
      text: withHeaders(`Dear Sir or Madam,\n\n${TEMPLATE}`),
      problems: [{ message: '"Dear Sir or Madam," tells the reader this went to many people', line: 5, covers: 'Dear Sir or Madam,' }],
    },
    {
      name: 'Hi there',
      text: withHeaders(`Hi there,\n\n${TEMPLATE}`),
      problems: [{ message: '"Hi there," tells the reader this went to many people', covers: 'Hi there,' }],
    },
    {
      name: 'Hi there! with CRLF: the line break is not covered',
      text: crlf(withHeaders(`Hi there!\n\n${TEMPLATE}`)),
      problems: [{ message: 'went to many people', line: 5, covers: 'Hi there!' }],
    },
    {
      name: 'a merge field in the greeting alone',
      text: `Subject: Senior Backend Engineer at Globex\n\nHi {{first_name}},\n\n${TEMPLATE}`,
      problems: [{ message: 'Nothing here is about this recipient', line: 3, covers: 'Hi {{first_name}},' }],
    },
    {
      name: 'no greeting, pure pitch',
      text: `Subject: Senior Backend Engineer at Globex\n\nWe're hiring Senior Backend Engineers at Globex. Competitive pay, equity, remote.\nInterested?`,
      problems: [{ message: 'Nothing here is about this recipient', line: 3, covers: "We're hiring Senior Backend Engineers at Globex. Competitive pay, equity, remote." }],
    },
    {
      name: "the sender's company is not the recipient's",
      text: withHeaders(`Hi Dana,\n\nGlobex builds onboarding kits for platform teams. Teams cut ramp-up from six weeks to two.\n\nWorth a 15-minute call?`),
      problems: [{ message: 'Nothing here is about this recipient', covers: 'Hi Dana,' }],
    },
    {
      name: 'To whom it may concern',
      text: withHeaders(`To whom it may concern,\n\n${TEMPLATE}`),
      problems: [{ message: 'went to many people', line: 5, covers: 'To whom it may concern,' }],
    },
    {
      name: 'connection note on one line: "Hi Dana, ..." followed by a template',
      text: `Kind: connection\nTo: Dana Lee\n\nHi Dana, I'm always looking to grow my network with talented professionals in tech. Let's connect!`,
      problems: [{ message: 'Nothing here is about this recipient', line: 4 }],
    },
    {
      name: '"your next career move" is the template, not a role change',
      text: withHeaders(`Hi Dana,\n\nThis could be your next career move: a Staff Engineer role at a fintech with great benefits and a remote-first culture.\n\nOpen to a quick chat?`),
      problems: [{ message: 'Nothing here is about this recipient', covers: 'Hi Dana,' }],
    },
    {
      name: "the sender's own funding round is not their news",
      text: withHeaders(`Hi Dana,\n\nWe're a Series B startup building developer tooling, and we're growing the platform team. Competitive pay, equity, remote.\n\nOpen to a quick chat?`),
      problems: [{ message: 'Nothing here is about this recipient', covers: 'Hi Dana,' }],
    },
    {
      name: 'the first name repeated in the body is still a template',
      text: withHeaders(`Hi Dana,\n\nDana, we help engineering leaders cut hiring time in half.\n\nOpen to a quick chat?`),
      problems: [{ message: 'Nothing here is about this recipient', covers: 'Hi Dana,' }],
    },
  ],
});

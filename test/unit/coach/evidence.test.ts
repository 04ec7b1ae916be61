/** What recipientEvidence finds and the noun phrase it hands the subject suggestions, in four languages. */
import * as assert from 'node:assert/strict';
import { recipientEvidence, type Evidence } from '../../../server/src/engine/coach/evidence';
import type { CoachedLanguage } from '../../../server/src/engine/coach/language';

interface Case {
  lang: CoachedLanguage;
  company?: string;
  body: string;
  /** The first piece of evidence: kind, phrase, and the fields worth pinning. */
  first: Pick<Evidence, 'kind' | 'phrase'> & Partial<Pick<Evidence, 'head' | 'where' | 'who'>>;
}

// German "über" takes the accusative: a subject's "der neue" becomes "den neuen".
const TOPIC_JOINERS = new Set(['about', 'über', 'sur', 'sobre', 'den']);

const CASES: Case[] = [
  { lang: 'en', body: 'Hi Dana,\n\nYour SREcon keynote on canary releases changed how we ship.', first: { kind: 'work', phrase: 'SREcon keynote on canary releases', head: 'keynote', where: 'SREcon' } },
  // An irregular past form ends the topic as an -ed form does: no subject ends on "made".
  { lang: 'en', body: 'Hi Dana,\n\nYour ProMatCon talk on warehouse robotics made the case for simulation.', first: { kind: 'work', phrase: 'ProMatCon talk on warehouse robotics', head: 'talk', where: 'ProMatCon' } },
  { lang: 'en', body: 'Hi Dana,\n\nI loved the post you wrote about flaky integration tests last month.', first: { kind: 'work', phrase: 'post about flaky integration tests' } },
  { lang: 'en', body: 'Hi Dana,\n\nYou led the rollout of passkeys at Globex, which we are about to attempt.', first: { kind: 'work', phrase: 'rollout of passkeys at Globex', head: 'led' } },
  { lang: 'en', company: 'Lumio AB', body: 'Hi Dana,\n\nRead in TechCrunch that Lumio raised a €12M round to expand into Spain.', first: { kind: 'news', phrase: '€12M round', where: 'TechCrunch' } },
  { lang: 'en', body: 'Hi Dana,\n\nCongrats on your promotion to VP of Engineering!', first: { kind: 'news', phrase: 'promotion to VP of Engineering' } },
  // What it is for may come after whom; after "congrats on" it is said already, and a later "on" says when.
  { lang: 'en', body: 'Hi Dana,\n\nCongratulations to you and the board on the Series B.', first: { kind: 'news', phrase: 'Series B' } },
  { lang: 'en', body: 'Hi Dana,\n\nCongrats on the library levy passing on Tuesday, by a wide margin.', first: { kind: 'news', phrase: 'library levy passing on Tuesday' } },
  { lang: 'en', body: 'Hi Dana,\n\nJust saw you moved to Datadog. New platform leads usually start with an audit.', first: { kind: 'move', phrase: 'Datadog', head: 'moved' } },
  { lang: 'en', body: 'Hi Dana,\n\nEnjoyed our hallway chat at KubeCon Paris about eBPF tracing.', first: { kind: 'conversation', phrase: 'hallway chat at KubeCon Paris about eBPF tracing', where: 'KubeCon Paris' } },
  { lang: 'en', body: 'Hi Dana,\n\nPriya Shah, who worked with you at Globex, suggested I write.', first: { kind: 'mutual', phrase: 'Priya Shah', who: 'Priya Shah' } },
  { lang: 'en', body: 'Hi Dana,\n\nFellow Wharton alum here. I am moving from banking into climate.', first: { kind: 'shared-background', phrase: 'Wharton alum', where: 'Wharton' } },
  { lang: 'en', body: 'Hi Dana,\n\nWe overlapped at Shopify in 2019, two floors apart.', first: { kind: 'shared-background', phrase: 'Shopify in 2019', where: 'Shopify' } },
  { lang: 'en', company: 'Contoso Ltd', body: "Hi Dana,\n\nContoso's help center still links to the retired v2 API.", first: { kind: 'company', phrase: "Contoso's help center", who: 'Contoso' } },
  // When it was stands between the thing and its topic; a "why"/"how" clause gives its topic; a participle says what it does.
  { lang: 'en', body: 'Hi Dana,\n\nYour newsletter yesterday about usage-based pricing for APIs was spot on.', first: { kind: 'work', phrase: 'newsletter about usage-based pricing for APIs', head: 'newsletter' } },
  { lang: 'en', body: 'Hi Dana,\n\nYour essay on how remote teams lose context in handoffs made the rounds here.', first: { kind: 'work', phrase: 'essay on remote teams', head: 'essay' } },
  { lang: 'en', body: 'Hi Dana,\n\nYour patch fixing the deadlock in the Tokio scheduler saved our release.', first: { kind: 'work', phrase: 'patch fixing the deadlock in the Tokio scheduler', head: 'patch' } },
  { lang: 'en', body: 'Hi Dana,\n\nYou drove the switch to trunk-based development at Globex.', first: { kind: 'work', phrase: 'switch to trunk-based development at Globex', head: 'drove' } },
  { lang: 'en', body: 'Hi Dana,\n\nThe white paper you wrote about pricing usage-based APIs helped us.', first: { kind: 'work', phrase: 'paper about pricing usage-based APIs' } },
  { lang: 'en', body: 'Hi Dana,\n\nYour keynote at the annual meetup on rebuilding a data team after layoffs was honest.', first: { kind: 'work', phrase: 'keynote on rebuilding a data team', head: 'keynote' } },
  { lang: 'en', body: 'Hi Dana,\n\nI reread chapter 4 of your book and forwarded it to our CFO.', first: { kind: 'work', phrase: 'book chapter 4', head: 'chapter' } },
  { lang: 'en', body: 'Hi Dana,\n\nChapter 9 of Platform Strategy, where you compared app stores, is on our wiki.', first: { kind: 'work', phrase: 'chapter 9 of Platform Strategy', head: 'Chapter' } },
  { lang: 'en', body: 'Hi Dana,\n\nThe benchmark your team published on cold starts in Lambda matched our numbers.', first: { kind: 'work', phrase: 'benchmark on cold starts in Lambda' } },
  // A thing of theirs that names something is their work whatever its noun, said with "your team" too.
  { lang: 'en', body: 'Hi Dana,\n\nWe adapted the Okta rollout checklist your security group wrote for our own audit.', first: { kind: 'work', phrase: 'Okta rollout checklist' } },
  { lang: 'en', body: 'Hi Dana,\n\nThe Rust ingestion pipeline you maintain keeps coming up in our standups.', first: { kind: 'work', phrase: 'Rust ingestion pipeline' } },
  // A statement with a tag asks only for agreement: "..., right?" is not a question about them.
  { lang: 'en', body: 'Hi Dana,\n\nYou migrated the Halcyon billing stack to Temporal, right? We are about to try.', first: { kind: 'work', phrase: 'Halcyon billing stack to Temporal', head: 'migrated' } },
  // Credit given to them: the thing the sentence opens with is their work.
  { lang: 'en', body: 'Hi Dana,\n\nThe relaunch of the Fernhill Academy apprenticeship scheme under your direction doubled its intake.', first: { kind: 'work', phrase: 'relaunch of the Fernhill Academy apprenticeship scheme' } },
  { lang: 'fr', body: "Bonjour Claire,\n\nLa refonte du portail Mediflex, pilotée par votre équipe, est citée partout.", first: { kind: 'work', phrase: 'refonte du portail Mediflex', head: 'refonte' } },
  { lang: 'de', body: 'Sehr geehrter Herr Wolf,\n\nDie Umstellung des Lagers in Kassel auf Halcyon, die unter Ihrer Leitung lief, gilt als Vorbild.', first: { kind: 'work', phrase: 'Umstellung des Lagers in Kassel', head: 'Umstellung' } },
  // A news noun with a name in its phrase is someone's particular news.
  { lang: 'en', body: 'Hi Dana,\n\nFirst the Cardiff clinics, and now the Brookvale acquisition in Bristol.', first: { kind: 'news', phrase: 'Brookvale acquisition in Bristol', head: 'acquisition' } },
  { lang: 'es', body: 'Hola Dana:\n\nLa compra de Harinas Montejo por su grupo abre el mercado del norte.', first: { kind: 'news', phrase: 'compra de Harinas Montejo', head: 'compra' } },
  // A piece its own words leave unnamed takes its topic from what they said in it; "dernière" is French vocabulary.
  { lang: 'en', body: 'Hi Dana,\n\nIn your latest newsletter, you argued that rural vets are the most neglected buyers in software.', first: { kind: 'work', phrase: 'newsletter about rural vets' } },
  { lang: 'fr', body: 'Bonjour Claire,\n\nDans votre dernière chronique, vous expliquiez que la logistique urbaine était mal mesurée.', first: { kind: 'work', phrase: 'chronique sur la logistique urbaine' } },
  { lang: 'en', body: 'Hi Dana,\n\nYour memo arguing that procurement teams hate pilots is pinned in our channel.', first: { kind: 'work', phrase: 'memo about procurement teams' } },
  // Past the places a piece appeared in, its topic is what the reader knows it by; English "of" right after it is one.
  { lang: 'en', body: 'Hi Dana,\n\nYour article in the Bulletin of the Society of Archivists on dating iron-gall ink was passed around our lab.', first: { kind: 'work', phrase: 'article on dating iron-gall ink', head: 'article' } },
  { lang: 'fr', body: "Bonjour Claire,\n\nJ'ai lu votre chronique dans la revue de l'Ordre des Architectes sur la rénovation thermique des écoles.", first: { kind: 'work', phrase: 'chronique sur la rénovation thermique', head: 'chronique' } },
  { lang: 'es', body: 'Hola Lucía:\n\nLeí tu columna en el suplemento de La Vanguardia sobre los mercados municipales.', first: { kind: 'work', phrase: 'columna sobre los mercados municipales', head: 'columna' } },
  { lang: 'en', body: 'Hi Dana,\n\nYour comparison of Postgres against MySQL on ARM servers settled a debate here.', first: { kind: 'work', phrase: 'comparison of Postgres against MySQL', head: 'comparison' } },
  // A participle of work may stand between the piece and its complements.
  { lang: 'fr', body: 'Bonjour Claire,\n\nVotre article publié dans Les Échos sur la logistique du froid, très juste.', first: { kind: 'work', phrase: 'article publié dans Les Échos sur la logistique du froid' } },
  { lang: 'es', body: 'Hola Lucía:\n\nTu ponencia presentada en Logistics Madrid sobre el frío, muy clara.', first: { kind: 'work', phrase: 'ponencia presentada en Logistics Madrid sobre el frío', where: 'Logistics Madrid' } },
  // "de" and a bare noun after the piece make a compound ("étude de cas"); "vers", "hacia" open complements too.
  { lang: 'fr', body: 'Bonjour Claire,\n\nTon étude de cas sur la bascule vers Kubernetes nous a servi de guide.', first: { kind: 'work', phrase: 'étude de cas sur la bascule vers Kubernetes', where: 'Kubernetes' } },
  { lang: 'es', body: 'Hola Lucía:\n\nTu artículo de blog sobre la migración hacia Postgres nos ayudó mucho.', first: { kind: 'work', phrase: 'artículo de blog sobre la migración hacia Postgres' } },
  // A fact about their company that names something else: a figure, a product, a place.
  { lang: 'en', company: 'Harbor Freight Co', body: 'Hi Dana,\n\nWe have run the Harbor Freight Nimbus 9 lifts in our Leeds yard since 2019.', first: { kind: 'company', who: 'Harbor Freight', phrase: 'Nimbus 9 lifts' } },
  { lang: 'de', company: 'Ostwind Netze AG', body: 'Sehr geehrter Herr Wolf,\n\ndie Ostwind Netze AG betreibt seit 2021 ein eigenes Prüflabor in Cottbus.', first: { kind: 'company', who: 'Ostwind Netze', phrase: 'eigenes Prüflabor in Cottbus' } },
  // Thanks for a conversation that names nothing take where it was, named later in the sentence.
  { lang: 'fr', body: 'Bonjour Claire,\n\nmerci encore pour notre échange de mardi, près du bar, au salon Vinexpo.', first: { kind: 'conversation', phrase: 'échange au salon Vinexpo' } },
  { lang: 'fr', body: 'Docteur,\n\nje voulais vous remercier pour notre conversation de vendredi à la sortie du congrès de la SFAR.', first: { kind: 'conversation', phrase: 'conversation de la SFAR' } },
  // One particular thing placed at their company; after a place put first, the clause past its comma.
  { lang: 'en', company: 'Globex Water', body: 'Dear Ms Lee,\n\nHaving followed the leakage turnaround at Globex Water, I believe you may be the right person to ask.', first: { kind: 'company', phrase: 'leakage turnaround at Globex Water' } },
  { lang: 'fr', company: 'Globex SAS', body: 'Madame Bernard,\n\nChez Globex, les fûts consignés des cafés partenaires sont encore comptés à la main.', first: { kind: 'company', phrase: 'fûts consignés des cafés partenaires' } },
  // A title right after the piece is part of it.
  { lang: 'es', body: 'Hola Pablo:\n\ntu newsletter Capital Semilla del domingo nos ahorró un mes de discusiones.', first: { kind: 'work', phrase: 'newsletter Capital Semilla' } },
  // Their things, counted or named: how many they have, or which one.
  { lang: 'en', body: 'Hi Dana,\n\nYour two Leeds depots still pick from paper lists on the night shift.', first: { kind: 'company', phrase: 'two Leeds depots' } },
  { lang: 'en', body: 'Hi Dana,\n\nThe scaffold wrap around your Mill Lane site made me stop and read it.', first: { kind: 'company', phrase: 'Mill Lane site' } },
  { lang: 'fr', body: 'Bonjour Claire,\n\nvos quatre agences bordelaises ferment toutes à 17 h le samedi.', first: { kind: 'company', phrase: 'quatre agences bordelaises' } },
  // German may put the verb of congratulation last.
  { lang: 'de', body: 'Sehr geehrter Herr Wolf,\n\nzu Ihrer Berufung in den Vorstand der Halcyon AG gratuliere ich Ihnen herzlich.', first: { kind: 'news', phrase: 'Berufung in den Vorstand der Halcyon AG' } },
  // A conversation told by its verb, in any tense: "we" and a verb of talking, or talking "with you".
  { lang: 'fr', body: "Salut Léa,\n\nNous en avions longuement discuté au salon Vinexpo de Bordeaux.", first: { kind: 'conversation', phrase: 'salon Vinexpo de Bordeaux' } },
  { lang: 'en', body: 'Hi Dana,\n\nGreat talking freight audits with you at Manifest Vegas.', first: { kind: 'conversation', phrase: 'Manifest Vegas' } },
  { lang: 'es', body: 'Hola Lucía:\n\nCharlamos un rato en el stand de Fruit Attraction sobre envases.', first: { kind: 'conversation', phrase: 'Fruit Attraction sobre envases' } },
  // Spanish tells news in the perfect too: each news verb's participle is a news verb.
  { lang: 'es', company: 'Hortalia SL', body: 'Hola Lucía:\n\nHe leído que Hortalia ha firmado el contrato de suministro con Mercadona.', first: { kind: 'news', phrase: 'contrato de suministro con Mercadona', who: 'Hortalia' } },
  // A relative clause set off by a comma may speak of the thing its sentence opens with; "depuis 2021" is when.
  { lang: 'fr', body: 'Bonjour Claire,\n\nLa refonte du réseau de froid de Frigolux, que vous avez menée depuis 2021, est citée partout.', first: { kind: 'work', phrase: 'refonte du réseau de froid de Frigolux' } },
  // "like you" with an alum noun or a background verb: background both share.
  { lang: 'en', body: 'Hi Dana,\n\nI am a graduate of the Haas School of Business, like you, and now run ops at a Lisbon fintech.', first: { kind: 'shared-background', phrase: 'Haas School of Business' } },
  { lang: 'fr', body: 'Bonjour Claire,\n\nJe suis ancienne élève de Centrale Nantes, comme vous, et je travaille dans le froid industriel.', first: { kind: 'shared-background', phrase: 'Centrale Nantes' } },
  // In German and French a piece's how-clause names its topic, from its article ("über" takes the accusative).
  { lang: 'de', body: 'Sehr geehrte Frau Hartl,\n\nIhr Fachbeitrag, in dem Sie zeigen, wie der neue Hafenkran in Duisburg die Liegezeiten senkt, hat mich überzeugt.', first: { kind: 'work', phrase: 'Fachbeitrag über den neuen Hafenkran in Duisburg' } },
  { lang: 'fr', body: 'Bonjour Claire,\n\nTon billet, où tu racontes comment la coopérative Terres du Lot a rouvert sa laiterie, m’a marqué.', first: { kind: 'work', phrase: 'billet sur la coopérative Terres du Lot' } },
  // German "dass" may have an article before the company; the news is what the verb at the clause's end governs.
  { lang: 'de', company: 'Stadtwerke Kassel GmbH', body: 'Sehr geehrter Herr Wolf,\n\nich habe gelesen, dass die Stadtwerke Kassel ein neues Rechenzentrum in Baunatal eröffnen.', first: { kind: 'news', phrase: 'neues Rechenzentrum in Baunatal', who: 'Stadtwerke Kassel' } },
  // After "pour"/"para" an infinitive reads on to what it governs; a phrase never ends on the verb.
  { lang: 'fr', body: 'Bonjour Claire,\n\nVous avez rejoint Halcyon pour diriger le bureau de Lille, bravo.', first: { kind: 'move', phrase: 'Halcyon pour diriger le bureau de Lille' } },
  { lang: 'es', body: 'Hola Lucía:\n\nTe has incorporado a Halcyon para dirigir la planta de Sevilla.', first: { kind: 'move', phrase: 'Halcyon para dirigir la planta de Sevilla' } },
  // Research, events and other made things are artifacts too.
  { lang: 'en', body: 'Hi Dana,\n\nYour poster on sepsis alerts at ESICM Lisbon is on our unit wall.', first: { kind: 'work', phrase: 'poster on sepsis alerts at ESICM Lisbon' } },
  { lang: 'de', body: 'Hallo Jonas,\n\ndein Hackathon in Leipzig war der beste des Jahres.', first: { kind: 'work', phrase: 'Hackathon in Leipzig' } },
  // French and Spanish participles agree in gender and number; the lists hold the masculine singular.
  { lang: 'fr', body: 'Bonjour Claire,\n\nvous êtes intervenue au salon Préventica de Lyon sur la prévention des chutes.', first: { kind: 'work', phrase: 'salon Préventica de Lyon sur la prévention des chutes', head: 'intervenue' } },
  // A title set off after the artifact says which one.
  { lang: 'en', body: 'Hi Dana,\n\nYour last column, "Stop Buying Dashboards", went round our whole team.', first: { kind: 'work', phrase: 'last column "Stop Buying Dashboards"' } },
  { lang: 'es', body: 'Hola Dana:\n\nTu podcast, el de «Vender sin prisa», me acompaña cada lunes.', first: { kind: 'work', phrase: 'podcast «Vender sin prisa»' } },
  // "the new Acme depot in Leeds": modifiers may stand between "the" and their company.
  { lang: 'en', company: 'Harbor Freight Co', body: 'Hi Dana,\n\nThe big new Harbor Freight depot in Leeds is two miles from our yard.', first: { kind: 'company', who: 'Harbor Freight', phrase: 'Harbor Freight depot in Leeds' } },
  { lang: 'en', company: 'Northwind', body: 'Hi Dana,\n\nRead in The Information that Harbor Point closed its $40M growth round.', first: { kind: 'news', phrase: '$40M growth round' } },
  { lang: 'en', body: 'Hi Dana,\n\nLena Fox mentioned at the offsite last week that you are rebuilding the SOC.', first: { kind: 'mutual', phrase: 'Lena Fox', who: 'Lena Fox' } },
  { lang: 'en', body: 'Hi Dana,\n\nBoth of us came up through the Teach First programme, so here is a note from another alum.', first: { kind: 'shared-background', phrase: 'Teach First programme' } },
  { lang: 'en', body: 'Hi Dana,\n\nSaw your name in the credits. Thanks for that chapter on structured concurrency.', first: { kind: 'work', phrase: 'chapter on structured concurrency' } },
  { lang: 'es', body: 'Hola, Lucía:\n\nme encantó el informe que publicaste sobre logística urbana en Valencia.', first: { kind: 'work', phrase: 'informe sobre logística urbana en Valencia' } },
  { lang: 'en', body: 'Hi Dana,\n\nI also went through the Entrepreneur First London cohort, a year after you.', first: { kind: 'shared-background', phrase: 'Entrepreneur First London cohort' } },
  { lang: 'en', body: 'Hi Dana,\n\nAs a fellow member of the Ministry of Testing community, I enjoy your answers.', first: { kind: 'shared-background', phrase: 'Ministry of Testing community' } },
  { lang: 'de', body: 'Hallo Jonas,\n\nich habe auch an der Hochschule Darmstadt studiert, ein paar Jahre nach dir.', first: { kind: 'shared-background', phrase: 'Hochschule Darmstadt' } },
  // The event before its verb (German puts the verb last): the span starts at the event, where the phrase is.
  { lang: 'de', body: 'Hallo Jonas,\n\nschön, dass wir uns beim Stammtisch in Leipzig kennengelernt haben.', first: { kind: 'conversation', phrase: 'Leipzig' } },
  { lang: 'de', body: 'Hallo Jonas,\n\ndanke für unser Gespräch am Stand der Deutschen Bahn über Fahrgastdaten.', first: { kind: 'conversation', phrase: 'Gespräch am Stand der Deutschen Bahn' } },
  { lang: 'en', body: 'Hi Dana,\n\nRead the whole thread on Lobsters where you defended boring technology.', first: { kind: 'work', phrase: 'thread on Lobsters' } },
  { lang: 'en', body: 'Hi Dana,\n\nThe open-source library you maintain, Cronwright, runs our nightly jobs.', first: { kind: 'work', phrase: 'library' } },
  { lang: 'en', body: 'Hi Dana,\n\nI use the Obsidian plugin you wrote every day.', first: { kind: 'work', phrase: 'Obsidian plugin' } },
  { lang: 'fr', body: "Bonjour Claire,\n\nj'ai aimé le podcast Les Bâtisseurs où vous racontiez vos débuts.", first: { kind: 'work', phrase: 'podcast Les Bâtisseurs' } },
  { lang: 'en', body: 'Hi Dana,\n\nYour memo about leaving a staff engineering job for a bakery was a joy.', first: { kind: 'work', phrase: 'memo about leaving a staff engineering job for a bakery' } },
  { lang: 'es', body: 'Hola, Lucía:\n\nvi que diste una charla en el Codemotion sobre arquitectura hexagonal.', first: { kind: 'work', phrase: 'charla en el Codemotion sobre arquitectura hexagonal' } },
  { lang: 'es', body: 'Hola, Lucía:\n\nenhorabuena por el cierre de la ronda Serie A de Cabify.', first: { kind: 'news', phrase: 'cierre de la ronda Serie A de Cabify' } },
  { lang: 'en', body: 'Hi Dana,\n\nHuge congrats to the Globex team on crossing 1,000 hospital customers.', first: { kind: 'news', phrase: 'crossing 1,000 hospital customers' } },
  { lang: 'en', body: 'Hi Dana,\n\nThank you for the talk you gave at Retail Ops Summit on returns data.', first: { kind: 'work', phrase: 'talk at Retail Ops Summit on returns data' } },
  { lang: 'en', company: 'Globex', body: 'Hi Dana,\n\nI read the Globex engineering blog post you co-wrote on holdout groups.', first: { kind: 'work', phrase: 'post on holdout groups' } },
  { lang: 'en', body: 'Hi Dana,\n\nYour leadership of the sepsis screening programme at Wirral stood out.', first: { kind: 'work', phrase: 'leadership of the sepsis screening programme at Wirral' } },
  { lang: 'es', body: 'Estimado Sr. Garza:\n\nme enteré por El Financiero de la adquisición de Farmacias del Bajío.', first: { kind: 'news', phrase: 'adquisición de Farmacias del Bajío' } },
  { lang: 'en', company: 'Northwind Care', body: 'Hi Dana,\n\nNorthwind Care posted 14 night-nurse roles across Kent this month.', first: { kind: 'news', phrase: '14 night-nurse roles' } },
  { lang: 'es', body: 'Hola, Lucía:\n\nenhorabuena por tu nombramiento como directora de operaciones en Mercadona.', first: { kind: 'news', phrase: 'nombramiento como directora de operaciones en Mercadona' } },
  // A topic of one common word takes its own complement: "la migration vers Kotlin", "el fin de las cookies".
  { lang: 'es', body: 'Hola, Lucía:\n\ntu artículo sobre el fin de las cookies me pareció muy claro.', first: { kind: 'work', phrase: 'artículo sobre el fin de las cookies' } },
  { lang: 'fr', body: "Bonjour Claire,\n\nvotre billet la semaine dernière sur la facturation à l'usage m'a parlé.", first: { kind: 'work', phrase: "billet sur la facturation à l'usage", head: 'billet' } },
  { lang: 'de', body: 'Hallo Jonas,\n\ndein Blogartikel über Feature-Flags im Monolithen hat uns sehr geholfen.', first: { kind: 'work', phrase: 'Blogartikel über Feature-Flags im Monolithen', head: 'Blogartikel' } },
  { lang: 'de', body: 'Hallo Jonas,\n\nKatrin Weber hat mir empfohlen, mich bei dir zu melden.', first: { kind: 'mutual', phrase: 'Katrin Weber' } },
  { lang: 'de', company: 'Globex GmbH', body: 'Guten Tag Herr Wolf,\n\nlaut Gründerszene eröffnet Globex ein Lager in Leipzig.', first: { kind: 'news', phrase: 'Lager in Leipzig' } },
  { lang: 'de', body: 'Hallo Jonas,\n\nwir haben beide an der TU Darmstadt studiert.', first: { kind: 'shared-background', phrase: 'TU Darmstadt' } },
  { lang: 'fr', body: "Bonjour Claire,\n\nvotre tribune dans Les Echos sur la souveraineté numérique m'a marqué.", first: { kind: 'work', phrase: 'tribune dans Les Echos sur la souveraineté numérique', head: 'tribune' } },
  { lang: 'fr', body: "Bonjour Claire,\n\nMarc Leroy m'a conseillé de vous écrire.", first: { kind: 'mutual', phrase: 'Marc Leroy' } },
  { lang: 'fr', company: 'Globex SAS', body: 'Bonjour Claire,\n\nfélicitations pour la levée de fonds de Globex !', first: { kind: 'news', phrase: 'levée de fonds de Globex' } },
  { lang: 'es', body: 'Hola, Lucía:\n\nvi tu charla en la PyConES sobre tipado gradual.', first: { kind: 'work', phrase: 'charla en la PyConES sobre tipado gradual', where: 'PyConES' } },
  { lang: 'es', body: 'Hola, Lucía:\n\nfue un placer charlar contigo en el Mobile World Congress.', first: { kind: 'conversation', phrase: 'Mobile World Congress' } },
  { lang: 'es', body: 'Hola, Lucía:\n\nlas dos trabajamos en Telefónica hace años.', first: { kind: 'shared-background', phrase: 'Telefónica' } },
  // The artifact's topic may stand between it and "you".
  { lang: 'en', body: 'Hi Dana,\n\nThe report on night-shift staffing you published in May is pinned in our break room.', first: { kind: 'work', phrase: 'report on night-shift staffing' } },
  // A question that takes for granted what they did asks about their work.
  { lang: 'en', body: 'Hi Dana,\n\nHow did you get the Riverside dialysis unit through its CQC inspection?', first: { kind: 'work', phrase: 'Riverside dialysis unit', head: 'get' } },
  // "the same ... as you", with a name, is background both share.
  { lang: 'en', body: 'Hi Dana,\n\nI was on the same Erasmus exchange as you, Leuven 2014.', first: { kind: 'shared-background', phrase: 'Erasmus exchange', where: 'Erasmus' } },
  { lang: 'fr', body: "Bonjour Claire,\n\nj'étais dans la même promo HEC que vous, en 2011.", first: { kind: 'shared-background', phrase: 'HEC', where: 'HEC' } },
  { lang: 'es', body: 'Hola, Lucía:\n\nestuve en la misma promoción del IE que usted.', first: { kind: 'shared-background', phrase: 'IE', where: 'IE' } },
  // A thing that a relative clause with "you" as its subject speaks of, named in the thing or the clause.
  { lang: 'fr', body: 'Bonjour Claire,\n\nLe programme de tutorat que vous animez à Roubaix nous a inspirés.', first: { kind: 'work', phrase: 'programme de tutorat' } },
  { lang: 'es', body: 'Hola, Lucía:\n\nla campaña de vacunación que usted coordinó en Soacha es un referente.', first: { kind: 'work', phrase: 'campaña de vacunación' } },
  { lang: 'de', body: 'Sehr geehrter Herr Wolf,\n\nIhr Umbau des Zentrallagers, den Sie letztes Jahr in Hamm durchgezogen haben, ist Gesprächsthema.', first: { kind: 'work', phrase: 'Umbau des Zentrallagers' } },
  { lang: 'en', body: "Hi Dana,\n\nThe timber school you designed in Lyon's 7th arrondissement was on the cover of AMC.", first: { kind: 'work', phrase: 'timber school' } },
  // A news noun made particular by a name or a figure in its complement.
  { lang: 'en', body: 'Hi Dana,\n\nThe funding from Balderton should make the next hiring round easier.', first: { kind: 'news', phrase: 'funding from Balderton' } },
  { lang: 'es', body: 'Hola, Lucía:\n\nvi la compra de 3 hoteles en Málaga por parte de su grupo.', first: { kind: 'news', phrase: 'compra de 3 hoteles' } },
  // Their team as the subject of a work verb, what it did named.
  { lang: 'fr', body: 'Bonjour Claire,\n\nvotre équipe a repensé la logistique inverse du site de Lyon.', first: { kind: 'work', phrase: 'logistique inverse du site de Lyon' } },
  // Their company as the subject of a that-clause with a fact that names something.
  { lang: 'de', company: 'Globex GmbH', body: 'Sehr geehrter Herr Wolf,\n\nich habe gelesen, dass Globex jetzt auch in Breslau fertigt.', first: { kind: 'company', phrase: 'Breslau' } },
  // Others may share the verb with "you"; any place or group of theirs may have news.
  { lang: 'en', body: 'Hi Dana,\n\nThe workshop you and the Lisbon chapter ran at Web Summit was the best hour of my week.', first: { kind: 'work', phrase: 'workshop at Web Summit' } },
  { lang: 'es', body: 'Hola, Lucía:\n\ntu clínica abre un segundo centro en Getafe en enero.', first: { kind: 'news', phrase: 'segundo centro en Getafe en enero' } },
  // After their team's or firm's, a thing whose complement names something is theirs, whatever its noun.
  { lang: 'en', body: "Hi Dana,\n\nYour team's mural on the Fenwick library stopped me in my tracks.", first: { kind: 'work', phrase: "team's mural on the Fenwick library" } },
  // A talk with no tense and no wish happened: "great talking with you".
  { lang: 'en', body: 'Hi Dana,\n\nGreat talking with you at SaaStr about churn.', first: { kind: 'conversation', phrase: 'SaaStr about churn' } },
  // "your <thing> went live": the news is their thing when nothing after the verb names something.
  { lang: 'en', body: 'Hi Dana,\n\nSince your night-triage pilot went live, call-backs have halved.', first: { kind: 'news', phrase: 'night-triage pilot' } },
  // German puts credit between the article and the noun.
  { lang: 'de', body: 'Sehr geehrter Herr Wolf,\n\ndas von Ihrem Team entwickelte Dispositionstool für Kühltransporte kenne ich aus Bremen.', first: { kind: 'work', phrase: 'Dispositionstool für Kühltransporte' } },
];

const NONE: [CoachedLanguage, string][] = [
  ['en', 'Hi Dana,\n\nI came across your impressive profile and your background caught my eye.'],
  ['en', "Hi Dana,\n\nWith your 10 years of experience in sales, you'd be a great fit for our team."],
  ['de', 'Hallo Alex,\n\nwir sind überzeugt, dass unsere Lösung perfekt in euer Portfolio passt.'],
  ['en', 'Hi Dana,\n\nWe help teams whose office manager still keeps the rota on paper; your office manager will love it.'],
  ['en', "Hi Dana,\n\nA nurse I know at Globex's told me you are hiring."],
  ['en', 'Hi Dana,\n\nI hear the team at Globex is growing. We would love to help.'],
  ['en', 'Hi Dana,\n\nI love the vibe at Globex. We would love to help.'],
  ['en', 'Hi {{first_name}},\n\nWe help companies like {{company}} grow. Loved your {{topic}} post!'],
  ['de', 'Sehr geehrter Herr Wolf,\n\nIhr beeindruckender Werdegang ist mir sofort aufgefallen.'],
  ['fr', "Bonjour Claire,\n\nvotre parcours a retenu toute mon attention."],
  ['es', 'Estimada Lucía:\n\nme llamó la atención su perfil y su trayectoria.'],
  // What every reader has names nothing, before "you" or "your team" alike; nor does praise of the company's team.
  ['en', 'Hi Dana,\n\nWe deliver the results your team deserves, and the growth you want.'],
  ['en', 'Hi Dana,\n\nThe amazing Globex team inspires us every day.'],
  // After "to", "we'll" or a modal an artifact noun is a verb: "present you" is no presentation of theirs.
  ['en', 'Hi Dana,\n\nWe would love to present you a short overview, and we can post you a sample kit.'],
  // Praise and guesses about their company are what every template says, figures or not.
  ['en', 'Hi Dana,\n\nGlobex is an amazing company with 40 offices in Europe.'],
  ['en', 'Hi Dana,\n\nAt Globex you probably still run Salesforce Classic.'],
  ['fr', 'Bonjour Claire,\n\nChez Globex, vous cherchez sans doute à recruter à Lyon.'],
  ['de', 'Sehr geehrter Herr Wolf,\n\nzu Ihrem beruflichen Erfolg gratuliere ich Ihnen herzlich.'],
  // The writer talking to others is no conversation with the reader.
  ['en', 'Hi Dana,\n\nWe talked to 40 finance leaders and they all said the same thing.'],
  ['fr', 'Bonjour Claire,\n\nnous avons échangé avec nos clients du secteur.'],
  ['en', 'Hi Dana,\n\nLike you, I care about great products.'],
  ['de', 'Sehr geehrter Herr Wolf,\n\nwie Sie wissen, ist der Markt schwierig.'],
  // A news noun before another noun only says what kind of thing that is: no one's news.
  ['en', 'Hi Dana,\n\nThe Okta rollout guide we use is attached.'],
  // Credit for nothing in particular, and the writer's own news, are no evidence.
  ['en', 'Hi Dana,\n\nUnder your leadership the company has clearly grown.'],
  ['en', 'Hi Dana,\n\nThe growth achieved by your team is impressive.'],
  ['en', 'Hi Dana,\n\nSince our Northwind acquisition we serve twice as many clinics.'],
  ['en', 'Hi Dana,\n\nYou probably have a lot on your plate, right?'],
  // Their own company is no mutual contact; a work anniversary is LinkedIn's prompt, not their news.
  ['en', 'Hi Dana,\n\nI noticed Globex is growing fast and thought you might need help with hiring.'],
  ['en', 'Hi Dana,\n\nCongratulations on your work anniversary at Globex!'],
  ['en', 'Hi Dana,\n\nOur workshops align leadership teams. Our clients call it the best half-day of the year.'],
  // A company far from the verb is not who spoke: the post spoke to the writer.
  ['fr', "Bonjour Claire,\n\nle guide sur la refonte du site de Doctolib m'a beaucoup parlé."],
  // A quotation is someone's words, not about the reader.
  ['en', "Hi Dana,\n\nOur motto is 'your data platform team, on demand' and we mean it."],
  ['en', 'Hi Dana,\n\nWe help teams scale. I would love to show you what we made for hiring managers.'],
  ['de', 'Hallo Jonas,\n\nherzlichen Glückwunsch zum Dienstjubiläum bei Globex!'],
  // A question about nothing of theirs, or about their company, asks what any template could.
  ['en', 'Hi Dana,\n\nHow did you find the conference? Why did you choose Globex?'],
  ['en', 'Hi Dana,\n\nDid you ever consider moving your payroll to Halcyon?'],
  // The same as everyone: nothing named.
  ['en', 'Hi Dana,\n\nWe went to the same kind of school as you, I think.'],
  // What every reader does, named place or not, is nothing they did.
  ['fr', 'Bonjour Claire,\n\nles défis que vous rencontrez au quotidien à Lyon sont nombreux.'],
  ['en', 'Hi Dana,\n\nThe results you want in Berlin are within reach.'],
  ['de', 'Sehr geehrter Herr Wolf,\n\ndie Herausforderungen, die Sie in Bremen kennen, sind groß.'],
  ['en', 'Hi Dana,\n\nWe saw an expansion into Europe coming for many retailers.'],
  // A verb with nothing after it, or with only their company, praises what any reader has.
  ['en', 'Hi Dana,\n\nI was impressed by what you and the team have built.'],
  ['en', 'Hi Dana,\n\nI was impressed by what you have built at Globex.'],
  // One piece that nothing says which, and the writer's "I'd" after their company, name nothing.
  ['en', 'Hi Dana,\n\nI came across your post and loved it.'],
  ['en', "Hi Dana,\n\nI noticed you're the Head of Operations at Globex and thought I'd reach out."],
  // A talk wished for has not happened: every template proposes one.
  ['en', "Hi Dana,\n\nI'd love to chat with you about onboarding at some point."],
  ['fr', "Bonjour Claire,\n\nAu plaisir d'échanger avec vous sur vos projets !"],
  ['es', 'Hola, Lucía:\n\nme encantaría hablar contigo sobre tus planes.'],
  ['de', 'Sehr geehrter Herr Wolf,\n\nich würde mich freuen, mit Ihnen darüber zu sprechen.'],
  // "Your stores", like "your posts", is every retailer's.
  ['en', 'Hi Dana,\n\nEver wondered how much your stores lose to empty shelves?'],
];

describe('recipientEvidence', () => {
  for (const c of CASES) {
    it(`${c.lang} ${c.first.kind}: "${c.first.phrase}"`, () => {
      const [first] = recipientEvidence({ body: c.body, company: c.company }, c.lang);
      assert.ok(first, 'no evidence found');
      const picked = Object.fromEntries(Object.keys(c.first).map((k) => [k, first[k as keyof Evidence]]));
      assert.deepEqual(picked, c.first);
      // The span is where the body says it, and the phrase is the body's own words.
      assert.ok(first.span.start < first.span.end && first.span.end <= c.body.length);
      assert.ok(c.body.slice(first.span.start, first.span.end).toLowerCase().includes(first.phrase.split(' ')[0].toLowerCase()), 'the span holds the phrase');
      // A sentence's first word is lower-cased when only the sentence capitalised it. The one word the engine
      // may add is the topic word that joins a piece to what they said in it ("newsletter about rural vets").
      for (const word of first.phrase.split(' ')) assert.ok(c.body.toLowerCase().includes(word.toLowerCase().replace(/(?<=e)n$/, '')) || TOPIC_JOINERS.has(word), `"${word}" is not in the body`);
    });
  }

  for (const [lang, body] of NONE) {
    it(`${lang} template: none in ${JSON.stringify(body.split('\n').pop())}`, () => {
      assert.deepEqual(recipientEvidence({ body, company: 'Globex' }, lang), []);
    });
  }

  it('answers the same body from memory, and a new company afresh', () => {
    const body = "Hi Dana,\n\nContoso's help center still links to the retired v2 API.";
    const a = recipientEvidence({ body, company: 'Contoso Ltd' }, 'en');
    assert.equal(recipientEvidence({ body, company: 'Contoso Ltd' }, 'en'), a);
    assert.deepEqual(recipientEvidence({ body, company: 'Fabrikam' }, 'en'), []);
  });

  it('never ends a phrase on a function word', () => {
    for (const c of CASES) {
      for (const e of recipientEvidence({ body: c.body, company: c.company }, c.lang)) {
        assert.doesNotMatch(e.phrase, /\b(?:the|a|of|to|on|and|der|die|und|de|la|le|et|el|y|en)$/i, e.phrase);
      }
    }
  });
});

import * as assert from 'node:assert/strict';
import { lint } from '../../../server/src/engine';
import { problemsOf, testRule, type InvalidCase, type ValidCase } from '../../helpers/rule-tester';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

const HEAD = 'Subject: Your post on remote onboarding\nTo: Dana Lee\nCompany: Acme\n\n';
const OPENING = 'Hi Dana,\n\nI read your post on remote onboarding for platform teams. We get new engineers at teams like Acme to a first merged PR in under two weeks.\n\n';
const inmail = (ending: string) => `${HEAD}${OPENING}${ending}`;
const PITCH = 'We built Rampkit for that. Teams like Initech get new hires to a first merged PR in nine days. Our customers include Hooli and Globex.';

const de = (ending: string) =>
  `Subject: Ihr Beitrag zum Onboarding\nTo: Jana Weber\nCompany: Nordlicht\nLanguage: de\n\nGuten Tag Frau Weber,\n\nIhr Beitrag über das Onboarding von Plattform-Teams hat mir sehr gefallen. Bei Nordlicht dauert es laut Ihrem Text sechs Wochen bis zum ersten Commit.\n\n${ending}\n\nViele Grüße\nTom Berger`;
const fr = (ending: string) =>
  `Subject: Votre article sur l'onboarding\nTo: Claire Martin\nCompany: Brisa\nLanguage: fr\n\nBonjour Claire,\n\nVotre article sur l'intégration des équipes plateforme chez Brisa m'a beaucoup parlé. Nous aidons les nouvelles recrues à livrer leur premier correctif en deux semaines.\n\n${ending}\n\nBien à vous,\nLuc Bernard`;
const es = (ending: string) =>
  `Subject: Su artículo sobre incorporación\nTo: Lucía Gómez\nCompany: Cierzo\nLanguage: es\n\nEstimada Lucía:\n\nLeí su artículo sobre la incorporación de ingenieros en Cierzo y me pareció muy claro. Ayudamos a equipos de plataforma a que cada persona nueva publique su primer cambio en dos semanas.\n\n${ending}\n\nUn saludo,\nPablo Ruiz`;

const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    { name: 'a condition in the past ("if you missed ...") still sets one', text: inmail('If you missed the cohort kickoff, I can send the recording.\n\nSam') },
    { name: 'a time clause in the perfect ("once you\'ve read it") is still to come', text: inmail("Once you've read the plan, I'll call you to walk through it.\n\nSam") },
    { name: 'an offer verb with a demonstrative after it offers the thing ("share that deck")', text: inmail('Happy to share that deck with your leads before the cohort starts.\n\nSam') },
    { name: 'asking who the right person is, with "would", asks', text: inmail('Who would be the right person to talk to about mentoring rotas?\n\nSam') },
    { name: 'willingness offers whatever the writer would do ("happy to" + any verb)', text: inmail("I'm happy to mock up a first-week plan for your next cohort.\n\nSam") },
    { name: 'willingness with the writer left out, and a verb no offer list holds', text: inmail('Glad to sit in on one of your onboarding retros next month.\n\nSam') },
    { name: 'a second imperative joined by "y", addressed by its ending (es)', text: es('Cuenta con nosotros para el piloto de julio y dime qué datos necesitas de la planta.\n\nUn saludo,\nPablo') },
    { name: 'a second imperative joined by "und", the reader after its verb (de)', text: de('Testen Sie die Vorlage mit Ihrem nächsten Jahrgang und sagen Sie mir Bescheid.') },
    { name: 'posting the reader something, as "send" does', text: inmail('Happy to post you two printed onboarding plans for your leads.\n\nSam') },
    { name: '"grab an" as "grab a"', text: inmail('Grab an early slot on the calendar before the cohort starts.\n\nSam') },
    { name: 'the reader welcome to come', text: inmail("Our open studio runs on the 3rd of June, and you'd be most welcome to drop in with your team.\n\nSam") },
    { name: 'a candidate asking to be considered', text: inmail("If a mentoring role opens on the platform team this spring, I'd be really glad to be considered.\n\nSam") },
    { name: '"let\'s see": doing something together, proposed', text: inmail('Let\'s see whether the Initech plan fits your next cohort.\n\nSam') },
    { name: 'time with the reader the writer would value', text: inmail("I'd value half an hour before the spring cohort starts.\n\nSam") },
    { name: 'the writer\'s number to keep, under a condition', text: inmail('If the next cohort runs short of mentors, keep my number: 07700 900123.\n\nSam') },
    { name: 'an invitation with the Latin American object pronoun (es)', text: es('La invito a la presentación del piloto el jueves 12 en Zaragoza.\n\nUn saludo,\nPablo') },
    { name: 'at the reader\'s orders for a meeting (es)', text: es('Le adjunto el plan y quedo a sus órdenes para una entrevista.\n\nUn saludo,\nPablo') },
    { name: 'the length of a meeting proposed after "worth", no question mark', text: inmail('Worth 20 minutes before your next cohort starts, I think.\n\nSam') },
    { name: 'wanting to know what only the reader can say', text: inmail('I would be glad to hear whether your platform team takes on pilots this quarter.\n\nSam') },
    { name: 'welcoming the chance to do something concrete for the reader', text: inmail("I'd welcome the chance to send two onboarding plans your lead could compare.\n\nSam") },
    { name: 'a proposal after "et si": the writer does something for the reader (fr)', text: fr('Et si nous vous envoyions deux profils dès lundi ?\n\nCordialement,\nMarc') },
    { name: 'a proposal after "y si", the writer said by the verb\'s ending (es)', text: es('¿Y si le mandamos una muestra para la campaña de verano?\n\nUn saludo,\nPablo') },
    { name: 'a proposal after "what if"', text: inmail('What if we sent you the Initech onboarding plan on Monday?\n\nSam') },
    { name: 'an indirect question: "ich frage mich, ob Sie" (de)', text: de('Ich frage mich, ob Sie dafür schon einen Partner haben.') },
    { name: 'an indirect question: "nos preguntábamos si" (es)', text: es('Nos preguntábamos si estarían dispuestos a probarlo en una planta.') },
    { name: 'a hedged meeting without a question mark', text: inmail('Perhaps worth a coffee once the pilot wraps up.\n\nSam') },
    { name: 'an offer under a condition of use said in other words ("if it would be handy")', text: inmail('If a sample plan would be handy for your next cohort, I can put one together this week.\n\nSam') },
    { name: 'a condition of use with a contraction ("if it\'d be useful")', text: inmail("If it'd be useful, I'm glad to walk your onboarding lead through our checklist.\n\nSam") },
    { name: 'a condition of use in German ("falls das für Sie nützlich ist")', text: de('Falls das für Ihr Team nützlich ist, schicke ich Ihnen unseren Einarbeitungsplan.') },
    { name: 'a condition of use in Spanish ("si le resulta de utilidad")', text: es('Si le resulta de utilidad, le envío el plan que usamos con Hooli.') },
    { name: '"who would" asking for a person is a question, not a wonder', text: inmail('Who would be the right person on your team to look at this?\n\nSam') },
    { name: 'a condition of use after the offer ("whenever it would be handy") makes any first-person ability an offer', text: inmail('Glad to arrange a site visit with the Initech team whenever it would be handy for your leads.\n\nSam') },
    { name: 'welcoming the chance to discuss', text: inmail('I would welcome the chance to walk your onboarding lead through the Initech numbers.\n\nSam') },
    { name: 'a verb after "please"', text: inmail('Please share the onboarding tender timetable when it is published.\n\nSam') },
    { name: 'an offer with the verb at the end of its clause (de)', text: de('Ich kann Ihnen bis Mittwoch zwei Fallstudien aus dem Maschinenbau schicken.') },
    { name: 'applying, as a job ad asks it (de)', text: de('Bewerben Sie sich in fünf Minuten über unser Karriereportal.') },
    { name: 'applying, as a job ad asks it (es)', text: es('Postúlese esta semana desde el enlace de nuestra web.') },
    { name: 'a question before the sign-off and a postscript', text: es('¿Le mando la propuesta a usted o a su jefe de planta?\n\nUn cordial saludo,\nPablo\n\nP. D.: Sigo pensando en lo que contó en el foro de Zaragoza sobre los turnos.') },
    { name: 'a condition that a day suits them, and what the writer will then do', text: inmail("If Friday works, I'll bring the Initech onboarding plan to your Leeds office.\n\nSam") },
    { name: 'a condition that it suits them, and the writer\'s future (fr)', text: fr('Si cela vous arrange, je viendrai jeudi avec deux plans d\'intégration.\n\nCordialement,\nMarc') },
    { name: 'a condition that it suits them, and the writer\'s future said by its ending (es)', text: es('Si le viene bien, llevaré el plan de acogida de Zaragoza el jueves.\n\nUn saludo,\nPablo') },
    { name: '"please" after a comma and "so"', text: inmail("I'm not sure who runs vendor onboarding, so please point me to whoever owns the tender.\n\nSam") },
    { name: 'an action verb at the clause start with a day to do it by', text: inmail('Have a look at the Initech onboarding plan by Wednesday; the board signs it off on Thursday.\n\nSam') },
    { name: 'an action verb at the clause start with the reader\'s thing in its clause', text: inmail('Check the cohort dates in section 3 against your hiring plan.\n\nSam') },
    { name: 'a Spanish imperative with its object after the stressed verb, and a deadline (es)', text: es('Revísalo antes del viernes, que el comité decide el lunes.\n\nUn saludo,\nPablo') },
    { name: 'a formal "le ruego que" (es)', text: es('Le ruego que me confirme antes del día 15 si desea que sigamos adelante.\n\nAtentamente,\nPablo') },
    { name: 'welcoming the chance to quote for them', text: inmail("I'd welcome the chance to quote for the two new cohorts before your renewal in June.\n\nSam") },
    { name: 'needing what only the reader can give, no question mark', text: inmail('Could use your eyes on the Initech onboarding tender before I submit it.\n\nSam') },
    { name: 'a greeting with no blank line after it does not hide the opening request', text: `${HEAD}Hi Dana,\nCan you send me the onboarding tender timetable by Monday? Our board meets on Tuesday. Last year the tender closed in May.\nThanks,\nSam` },
    { name: 'an opening question that asks the reader to do something is no hook', text: `${HEAD}Hi Dana,\n\nCan you send me the onboarding tender timetable by Monday? Our board meets on Tuesday. Last year the tender closed in May.\n\nThanks,\nSam` },
    { name: 'a specific question', text: inmail('Would a 15-minute call next Tuesday work?\n\nBest,\nSam') },
    { name: 'an offer with its writer left out, with the reader as object', text: inmail('Can send you the Initech onboarding numbers on Friday.\n\nSam') },
    { name: 'a meeting wished for with its writer left out', text: inmail('Would love 15 minutes with your platform lead next week.\n\nSam') },
    { name: 'a meeting proposed with "fancy a"', text: inmail('Fancy a coffee in Leeds after the pilot.\n\nSam') },
    { name: 'the writer offering to come to them', text: inmail('I can come to you any weekday after 2pm with the Initech numbers.\n\nSam') },
    { name: 'a question asked indirectly', text: inmail("I'm writing to ask whether your platform lead would look at a two-week pilot.\n\nSam") },
    { name: 'an offer under a condition on the reader with the writer as its object (es)', text: es('Le preparo tres perfiles para el jueves si me indica el presupuesto de la plaza.') },
    { name: 'an offer after a condition in the plural reader\'s verb (es)', text: es('Si preferís, os paso la plantilla del plan de acogida el lunes.') },
    { name: 'an imperative with the writer in its stressed ending (es)', text: es('Cuéntanos qué fechas os vienen mejor para la visita.') },
    { name: 'signing up, as "register" in English (es)', text: es('Regístrate en la jornada del 12 desde nuestra web.') },
    { name: 'a hedged inverted request (de)', text: de('Vielleicht hätten Sie Lust, sich unsere Werkstatt einmal anzusehen, bei einem Kaffee.') },
    { name: 'the writer available for a meeting (fr)', text: fr('Je suis disponible pour un entretien dès lundi, à Lyon ou en visio.') },
    { name: '"Let me know" without a question mark', text: inmail('Let me know if a two-page case study would help.\n\nSam') },
    // A degree word inside a request's words changes nothing.
    { name: 'a request with an intensifier inside', text: inmail("I'd truly appreciate an intro to whoever runs vendor onboarding.\n\nSam") },
    { name: 'a request with an intensifier inside (de)', text: `Subject: Kurze Frage\nTo: Jonas Weber\nLanguage: de\n\nHallo Jonas,\n\nwir bauen Prognosen für Verteilnetze. Lass mich sehr gern wissen, ob das für euch passt.\n\nSam` },
    // A call to action that points to a link or a web address asks for a click.
    { name: 'a call to action with a link', text: inmail('Our spring cohort has twelve places left.\n\nClaim one of them through the form below.\n\nSam') },
    { name: 'a call to action with a web address', text: inmail('Our spring cohort has twelve places left.\n\nSecure yours today at cohort.samplehq.io.\n\nSam') },
    // After a condition on the reader's wish, what the writer then does for them is an offer.
    // The conditional mood offers as the future does; Spanish says "you" in the verb of the condition.
    { name: 'an offer in the conditional mood', text: inmail("If the timing suits, I'd happily walk your onboarding lead through the numbers.\n\nSam") },
    { name: 'a conditional offer with the reader in the verb (es)', text: es('Si prefieres, te mando el caso completo de Zaragoza este jueves.') },
    { name: 'a conditional offer (es)', text: `Subject: Tu ponencia en Valencia\nTo: Lucía Gil\nLanguage: es\n\nHola Lucía,\n\nTrabajo con tres clínicas que ya usan el mismo sistema de triaje. Si te sirve, te mando el informe de resultados el lunes.\n\nSam` },
    { name: 'a conditional offer (fr)', text: `Subject: Votre atelier à Nantes\nTo: Claire Roux\nLanguage: fr\n\nBonjour Claire,\n\nnous avons outillé deux réseaux d'agences comme le vôtre. Si vous le souhaitez, je vous transmets notre grille d'audit cette semaine.\n\nSam` },
    { name: '"Happy to send" offer', text: inmail('Happy to send over the onboarding checklist we use.\n\nSam') },
    { name: 'any verb of an offer, under a condition on its use', text: inmail('Happy to ship 200 kg of the enzyme for a trial if useful.\n\nSam') },
    { name: 'a condition on its use (de)', text: de('Falls hilfreich, schicke ich Ihnen die Auswertung für Ihr Werk in Gütersloh.') },
    { name: 'a meeting offered, whatever the verb', text: inmail('We would be delighted to arrange a follow-up meeting at your convenience.\n\nSam') },
    { name: 'an offer under a condition on the reader that follows it (es)', text: es('Le envío el estudio de Alcobendas en cuanto me confirme su correo.') },
    { name: 'willingness with a meeting, whatever the verb (de)', text: de('Gerne vereinbaren wir einen Termin mit Ihrem Außendienst in Kassel.') },
    { name: '"we" meeting each other, under a condition on the reader (fr)', text: fr('Si cela vous convient, on se retrouve au salon de Lyon.') },
    { name: '"we" meeting each other, under a condition that it suits (de)', text: de('Wenn es passt, treffen wir uns auf der Messe in Hannover.') },
    { name: '"we" by the verb\'s ending, with a meeting, under a condition (es)', text: es('Si te parece, agendamos una llamada la semana que viene.') },
    { name: 'the writer doing something for the reader, under a condition (fr)', text: fr("Si vous le souhaitez, je vous réserve une place à l'atelier de Nantes.") },
    { name: 'the writer doing something to the reader, under a condition after it (de)', text: de('Ich rufe Sie am Dienstag an, wenn es Ihnen recht ist.') },
    { name: 'the writer doing something for the reader, by the verb\'s ending (es)', text: es('Si le interesa, le reservo una plaza en el taller de Zaragoza.') },
    { name: 'a meeting at a time the reader chooses (es, voseo)', text: es('Agendá una llamada cuando quieras.') },
    { name: 'a condition on the reader being around', text: inmail('If you are around on the 12th, coffee is on me.\n\nSam') },
    { name: 'any verb of an ability, if easier', text: inmail('Happy to come to your Leeds office if easier.\n\nSam') },
    { name: 'a wish to propose a meeting (es)', text: es('Me gustaría proponerle una breve reunión el jueves.') },
    { name: 'meeting each other as an offer verb (es)', text: es('Podemos vernos el martes en su oficina de Zaragoza.') },
    { name: 'the informal "let me know"', text: inmail('Shout if you want the full write-up.\n\nSam') },
    { name: '"let me" offering any verb', text: inmail('Let me buy you lunch next time you are in Manchester.\n\nSam') },
    { name: 'a duration counted in words', text: inmail('I would value ten minutes of your time before the budget round.\n\nSam') },
    { name: 'a wish to meet with what it would take', text: inmail('It would be great to grab 15 minutes next week.\n\nSam') },
    { name: 'a wish to talk with "poder" (es)', text: es('Sería genial poder hablar contigo unos minutos esta semana.') },
    { name: 'the writer as object before the reader\'s verb asks (es, "me avisas")', text: es('Cualquier cosa me avisas y lo vemos.') },
    { name: 'the reader telling the writer, with a condition after (es)', text: es('Me cuentas si le interesa el piloto de Zaragoza.') },
    { name: 'a condition on the reader with a pronoun before its verb (es)', text: es('Si me confirmas, te envío el contrato hoy mismo.') },
    { name: 'an offer verb with its meeting, whatever comes before (es)', text: es('Le escribo para proponerle una reunión breve.') },
    { name: 'a waiting close with what it is for (es, "espero su respuesta")', text: es('Espero su respuesta para coordinar la visita a la planta.') },
    { name: 'an offer under "por si" and a verb that says "you" (es)', text: es('Te dejo mi número por si prefieres escribirme: +34 600 000 000.') },
    { name: 'a pleasure to talk, as an ability (es)', text: es('Sería un gusto conversar con usted unos minutos.') },
    { name: 'an ability offered at a time the reader chooses', text: inmail('I would welcome the chance to take you through the findings at a time of your choosing.\n\nSam') },
    { name: 'a condition on the reader\'s time asks for it', text: inmail('If you can spare a moment next week, the first coffee in Leeds is on me.\n\nSam') },
    { name: 'a condition on the reader\'s time asks for it (fr)', text: fr('Si vous avez un créneau jeudi, je passe à votre bureau de Lyon.') },
    { name: 'a waiting close with a duration it is for (es)', text: es('Quedo pendiente de su respuesta para reservar 20 minutos la semana que viene.') },
    { name: 'an offer verb with its pronouns and the accent they bring (es)', text: es('Puedo enseñárselo con calma el jueves en su oficina de Zaragoza.') },
    { name: 'a Calendly link', text: inmail("Here's my Calendly if that's easier: calendly.com/sam-globex/15min\n\nSam") },
    { name: 'a booking-link merge field', text: inmail('Pick a time that suits you here: {{calendar_link}}\n\nSam') },
    { name: '"Are you free ..." without a question mark', text: inmail('Are you free Thursday at 10 for 15 minutes\n\nSam') },
    { name: '"I\'d love to hear" invitation', text: inmail("I'd love to hear how your team handles this today.\n\nSam") },
    { name: 'a first-person offer without a question mark', text: inmail('I can put together a one-page teardown of your signup flow whenever suits you.\n\nSam') },
    { name: 'an imperative after a condition', text: inmail('If that sounds useful, grab any 20-minute slot on my calendar.\n\nSam') },
    { name: '"feel free to" passes the message on', text: inmail('Feel free to forward this to whoever runs onboarding at Acme.\n\nSam') },
    // Weak, but a request the reader can act on, as "N'hésitez pas" and "Quedo a su disposición" are.
    { name: '"Feel free to reach out" is an invitation', text: inmail("Feel free to reach out if you're interested.") },
    { name: 'a request for their availability', text: inmail('Share a time that works next week and I will send an invite.\n\nSam') },
    { name: 'a Google Calendar booking page', text: inmail('Book time with me here: https://calendar.app.google/abc123\n\nSam') },
    { name: 'a modal question about the proposal, without a question mark', text: inmail('Would Tuesday work for a quick call\n\nSam') },
    { name: 'the statement form of a request', text: inmail('Would be great to find a time to compare notes next week.\n\nSam') },
    { name: 'an invitation to an event', text: inmail("I'm hosting a small onboarding roundtable in Austin in May and would love for you to join.\n\nSam") },
    { name: 'a passive polite request', text: inmail('Any pointers on how your team runs its first week would be hugely appreciated.\n\nSam') },
    { name: 'German: an invitation', text: de('Ich lade Sie herzlich zu unserem Roundtable im Mai ein.') },
    { name: 'a reply instruction', text: inmail("Just reply 'checklist' and it's yours.\n\nSam") },
    { name: 'a request question with more pitch after it', text: inmail(`Would a short call next week make sense? ${PITCH}\n\nSam`) },
    { name: 'CRLF, with a question', text: crlf(inmail('Would a 15-minute call next Tuesday work?\n\nBest,\nSam')) },
    {
      name: 'a follow-up that asks again',
      text: `${inmail('Would a 15-minute call next Tuesday work?')}\n---\nSend: 2026-12-08 09:00\n\nHi Dana, bumping this in case it got buried. Would Thursday work instead?`,
    },
    { name: 'connection note with a question', text: `Kind: connection\n\nHi Dana, loved your post on remote onboarding. Mind if I connect?` },
    { name: "connection note ending \"I'd love to connect\"", text: `Kind: connection\n\nHi Dana, loved your post on remote onboarding for platform teams. I'd love to connect.` },
    // A note goes out with a connection request: the request is its ask.
    { name: 'connection note that only speaks to the reader', text: `Kind: connection\n\nHi Dana, your post on remote onboarding for platform teams was the clearest I have read this year.` },
    { name: 'empty body (nothing written yet)', text: HEAD },
    { name: 'German: an offer with "gern"', text: de('Ich schicke Ihnen gern die Checkliste, die wir für neue Teams nutzen.') },
    { name: 'German: a formal imperative', text: de('Melden Sie sich gern, wenn das für Ihr Team interessant ist.') },
    { name: 'German: a verb-first question without a question mark', text: de('Hätten Sie nächste Woche 15 Minuten für ein kurzes Telefonat') },
    { name: 'German: "Lass uns"', text: de('Lass uns nächste Woche kurz telefonieren.') },
    { name: 'German: an imperative with the writer in it', text: de('Rufen Sie mich gern am Donnerstag an, wenn es passt.') },
    { name: 'French: a booking imperative', text: fr('Réservez un créneau de 15 minutes jeudi sur mon agenda.') },
    { name: 'German: a conditional request', text: de('Über einen kurzen Austausch in den nächsten Wochen würde ich mich sehr freuen.') },
    { name: 'asking for their view of something', text: inmail("I'd value your take on whether the first week should include an on-call shadow.\n\nSam") },
    { name: 'French: "Je peux vous envoyer"', text: fr("Je peux vous envoyer notre grille d'intégration si cela vous aide.") },
    { name: "French: \"N'hésitez pas\"", text: fr("N'hésitez pas à transférer ce message à la personne qui gère l'intégration.") },
    { name: 'French: an inverted question without a question mark', text: fr('Seriez-vous disponible jeudi pour un appel de 15 minutes') },
    { name: 'French: a vous-imperative', text: fr('Dites-moi quel créneau vous convient la semaine prochaine.') },
    { name: 'Spanish: an offer "con gusto"', text: es('Le envío con gusto la guía de incorporación que usamos.') },
    { name: 'Spanish: an imperative with its pronoun', text: es('Avísame si te encaja una llamada el jueves.') },
    { name: 'Spanish: a request question with more pitch after it', text: es('¿Le interesaría una llamada de 15 minutos? Trabajamos con equipos como el suyo desde 2019. Nuestros clientes reducen a la mitad el tiempo de incorporación.') },
    { name: "Spanish: asking for the reader's view", text: es('Me encantaría conocer su opinión sobre nuestro enfoque.') },
    { name: "French: asking for the reader's view", text: fr("J'aimerais beaucoup avoir votre avis sur notre approche.") },
    { name: 'German: an availability close with what for', text: de('Ich stehe Ihnen zur Verfügung, für ein kurzes Telefonat oder einen Termin.') },
    { name: 'Spanish: "Quedo a su disposición"', text: es('Quedo a su disposición para una llamada breve cuando le venga bien.') },
    {
      // Past 400 words without a full stop only the first and last 200 are read; the ask at the end still is.
      name: 'a pasted block without full stops, its ask at the end',
      text: inmail(`${'we moved our onboarding to a shared runbook and '.repeat(120)}let me know if you want the runbook\n\nSam`),
    },
    { name: 'French: the condition on the reader after the offer', text: fr("Comme promis, je te passe le lien de notre guide dès que tu me dis où te l'envoyer.\n\nJulie") },
    { name: 'Spanish: a waiting close that says what for', text: es('Quedo atenta a su respuesta para coordinar una llamada breve.\n\nElena') },
    { name: 'a waiting close that says what for', text: inmail('I look forward to hearing from you to set up a short call.\n\nSam') },
    { name: 'an imperative joined by "and" to one the sentence opens with', text: inmail('Try the samples in your showroom and tell me what your fitters think.\n\nSam') },
    { name: 'holding a slot for the reader', text: inmail("I'll hold 20 minutes on Thursday at 9 unless you say otherwise.\n\nSam") },
    { name: 'French: heureuse d\'en discuter', text: fr("Je serais très heureuse d'en discuter avec vous, si votre agenda le permet.\n\nLéa") },
    { name: 'Spanish: si te apetece, te cuento', text: es('Si te apetece, quedamos para un café y te cuento el proyecto.\n\nElena') },
    { name: 'a question with no reader in it, as the last sentence, is asked', text: inmail('Who owns vendor onboarding at Acme these days?\n\nSam') },
    {
      name: 'a language the rule does not read: it rests',
      text: 'Subject: Onboarding\nTo: Ana Souza\nLanguage: pt\n\nOlá Ana,\n\nLi o seu artigo sobre integração de equipes de plataforma.\n\nObrigado,\nSam',
    },
  ],
  invalid: [
    { name: 'a time clause in the past ("when you told me") tells what happened, setting no condition', text: inmail("When you told me in March that you were doubling the platform team, I'll be honest, I thought it was brave.\n\nSam"), problems: [{ message: 'There is no ask.' }] },
    { name: 'news after "share that" opened by a possessive ("that our fourth office")', text: inmail("We're delighted to share that our fourth office opened in Leeds this month.\n\nSam"), problems: [{ message: 'There is no ask.' }] },
    { name: 'glad of a state ("happy to stay there") says how the writer feels, offering nothing', text: inmail("I'm still at the Leeds clinic and very happy to stay there.\n\nSam"), problems: [{ message: 'There is no ask.' }] },
    { name: 'a willingness that has been ("we\'ve been delighted to help") is a feeling, not an offer', text: inmail("This year we've been delighted to help forty platform teams in Leeds.\n\nSam"), problems: [{ message: 'There is no ask.' }] },
    { name: 'an offer verb with a clause for its object tells news ("delighted to share that ...")', text: inmail("We're delighted to share that Rampkit has been named onboarding tool of the year.\n\nSam"), problems: [{ message: 'There is no ask.' }] },
    { name: 'wondering aloud after one word set off by a comma, a verb of betting (fr)', text: fr('Bravo pour la montée en Régionale 2 ! Franchement, qui aurait parié sur vous en septembre ?\n\nBonne journée,\nLéa'), problems: [{ message: 'There is no ask.' }] },
    { name: '"who said ...?" wonders aloud (es)', text: es('¿Quién dijo que la robótica era solo para las grandes plantas?\n\nUn saludo,\nPablo'), problems: [{ message: 'There is no ask.' }] },
    { name: 'gladness at what the writer saw is a reaction, not an offer', text: inmail('Glad to see the platform team has doubled this year.\n\nSam'), problems: [{ message: 'There is no ask.' }] },
    { name: 'happy to announce: news of the writer, not an offer', text: inmail('We are happy to announce our new onboarding kit for platform teams.\n\nSam'), problems: [{ message: 'There is no ask.' }] },
    { name: 'a willingness that was is a feeling, not an offer', text: inmail('I was happy to sit in on the panel last spring.\n\nSam'), problems: [{ message: 'There is no ask.' }] },
    { name: '"et si" imagining, with no one doing anything for the reader (fr)', text: fr('Et si on pouvait déposer les bocaux dans n\'importe quel point relais ? Notre réseau le fait déjà dans 300 commerces.\n\nBonne journée,\nLéa'), problems: [{ message: 'There is no ask.' }] },
    { name: 'an action verb with no day, no reader and no writer is pitch', text: inmail('Try Rampkit. Read more about our onboarding kits on our website.\n\nSam'), problems: [{ message: 'There is no ask.' }] },
    { name: 'delivering value is pitch, not an offer', text: inmail('I believe we could deliver significant value to your organization.\n\nLooking forward to hearing from you.\n\nSam'), problems: [{ message: 'There is no ask.' }] },
    { name: 'a wish to have the reader some day asks nothing', text: inmail("We'd love to have you with us one day.\n\nSam"), problems: [{ message: 'There is no ask.' }] },
    { name: '"See you" with a day is a goodbye, not an action', text: inmail('See you at the Leeds meetup on Thursday.\n\nSam'), problems: [{ message: 'There is no ask.' }] },
    { name: 'a courtesy that welcomes nothing in particular', text: inmail('We would welcome the opportunity to be of service.\n\nSam'), problems: [{ message: 'There is no ask.' }] },
    { name: '"please find attached" points, it does not ask', text: inmail('Please find attached our onboarding brochure.\n\nSam'), problems: [{ message: 'There is no ask.' }] },
    { name: 'worth a look is pitch', text: inmail('Our onboarding kit is worth a look for any platform team.\n\nSam'), problems: [{ message: 'There is no ask.' }] },
    { name: 'a product described with its subject left out is no offer', text: inmail('Can connect to any ERP in a day. Will run on your existing scanners.\n\nSam'), problems: [{ message: 'There is no ask.' }] },
    { name: 'available alone is a courtesy (fr)', text: fr('Je reste disponible.'), problems: [{ message: 'There is no ask.' }] },
    { name: 'a word ending like a stressed imperative without its accent is none (es)', text: es('Buenos resultados desde el primer mes.'), problems: [{ message: 'There is no ask.' }] },
    {
      name: 'a rhetorical opener with the reader\'s pronoun after its verb (es)',
      text: `Subject: Seguridad\nTo: Lucía Gómez\nLanguage: es\n\nEstimada Lucía:\n\n¿Sabía usted que la mitad de las paradas de planta se deben a fallos de arranque? Formamos a los equipos de mantenimiento en toda la región.\n\nSaludos cordiales,\nPablo Ruiz`,
      problems: [{ message: 'There is no ask.' }],
    },
    { name: 'a closing "who would have guessed" wonders and asks nothing', text: inmail('Anyway, congratulations on the launch. Who would have guessed onboarding could trend on Hacker News?\n\nSam'), problems: [{ message: 'There is no ask.' }] },
    { name: 'a closing "who knew" wonders and asks nothing', text: inmail('Who knew a checklist could cut six weeks to nine days?\n\nSam'), problems: [{ message: 'There is no ask.' }] },
    { name: 'German: "wer hätte das erwartet" wonders', text: de('Wer hätte vor zwei Jahren erwartet, dass Nordlicht so schnell wächst?'), problems: [{ message: 'There is no ask.' }] },
    { name: 'French: "qui aurait imaginé" wonders', text: fr("Qui aurait imaginé qu'un correctif pouvait arriver si vite ?"), problems: [{ message: 'There is no ask.' }] },
    { name: 'Spanish: "quién iba a pensar" wonders', text: es('¿Quién iba a pensar que Cierzo llegaría tan lejos en un año?'), problems: [{ message: 'There is no ask.' }] },
    {
      name: 'a meeting noun that is also an offer verb is no verb ("stopped by for a demo")',
      text: inmail('Thanks to everyone who stopped by for a demo and a coffee at our stand.\n\nSam'),
      problems: [{ message: 'There is no ask.' }],
    },
    {
      name: 'a reason or a report with the reader in it sets no condition (es)',
      text: es('Le escribo porque vi su perfil. Como le comenté, trabajamos con 40 hoteles en la costa.'),
      problems: [{ message: 'There is no ask.' }],
    },
    {
      name: 'a pitch under a condition on the reader is no proposal',
      text: inmail("If you're interested in growth, we help companies like yours cut costs by 30%.\n\nSam"),
      problems: [{ message: 'There is no ask.' }],
    },
    {
      name: 'a clause that reports ("wie besprochen") sets no condition on the reader (de)',
      text: de('Wie besprochen melde ich mich nach Ihrem Urlaub wieder, bis dahin passen wir die Checkliste an.'),
      problems: [{ message: 'There is no ask.' }],
    },
    {
      name: 'a rhetorical opener on the line after the greeting, in the same sentence',
      text: `Subject: Driver churn\nTo: Gary Nunn\nCompany: Nunn Transport\n\nHi Gary,\nEver wondered why your drivers quit after six weeks?\n\nWe built DriveLoyal to fix exactly that, with rewards and rostering in one app.\n\nCheers,\nAmy`,
      problems: [{ message: 'There is no ask.' }],
    },
    {
      name: 'willingness in an availability close, with nothing it is for, is no ask (de)',
      text: de('Für Rückfragen stehe ich Ihnen jederzeit gern zur Verfügung.'),
      problems: [{ message: 'There is no ask.' }],
    },
    {
      name: 'a rhetorical question about time is no condition on the reader\'s time',
      text: inmail('We built Rampkit so onboarding stops eating senior time.\n\nWhat if the time your seniors spend onboarding could go back into the roadmap?\n\nRampkit does that for Hooli and Globex.\n\nSam'),
      problems: [{ message: 'There is no ask.' }],
    },
    {
      // A courtesy close with nothing it is for is how every letter ends, not a request.
      name: 'an availability close alone is no ask (fr)',
      text: fr('Je reste à votre entière disposition.'),
      problems: [{ message: 'There is no ask.' }],
    },
    {
      name: 'an availability close alone is no ask (de)',
      text: de('Ich stehe Ihnen zur Verfügung.'),
      problems: [{ message: 'There is no ask.' }],
    },
    {
      name: 'an availability close for "any question" is no ask (es)',
      text: es('Quedo a su disposición para cualquier duda.'),
      problems: [{ message: 'There is no ask.' }],
    },
    {
      // "I'd" that says what the writer thinks offers nothing.
      name: 'the conditional mood without an offer verb',
      text: inmail("If I'm honest, I'd say most teams underestimate ramp time.\n\nSam"),
      problems: [{ message: 'There is no ask.' }],
    },
    {
      // The verb after "si" is the reader's only by its ending; "si las cifras" is no condition on them.
      name: 'a condition on something else is no offer (es)',
      text: es('Si las cifras acompañan, cerramos el trimestre con tres clientes nuevos.'),
      problems: [{ message: 'There is no ask.' }],
    },
    {
      // A sentence that opens on a pronoun, an article or a name and mentions a link asks for nothing.
      name: 'a link mentioned in a statement is no call to action',
      text: inmail('Acme.com has the case study, and our deck is at the link below.\n\nSam'),
      problems: [{ message: 'There is no ask.' }],
    },
    {
      // Without a condition on the reader's wish, "te cuento que..." only tells.
      name: 'a first-person present that only tells is no offer (es)',
      text: `Subject: Tu ponencia en Valencia\nTo: Lucía Gil\nLanguage: es\n\nHola Lucía,\n\nTe cuento que ya trabajamos con tres clínicas del mismo grupo. Un saludo cordial.\n\nSam`,
      problems: [{ message: 'There is no ask.' }],
    },
    {
      name: '"Looking forward to hearing from you" is not an ask',
      text: inmail('Looking forward to hearing from you.\n\nBest,\nSam'),
      problems: [{ message: 'There is no ask.', line: 12, covers: 'Sam' }],
    },
    {
      name: 'a closing wish requests nothing',
      text: inmail('Best of luck with the launch!'),
      problems: [{ message: 'Would a 15-minute call next Tuesday work?', line: 9, covers: 'Best of luck with the launch!' }],
    },
    {
      // A question of this form opens a pitch however short the body: it is never the ask.
      name: 'a "did you know" question, then one line of pitch (es)',
      text: `Subject: Tu web\nTo: Dana Reyes\nLanguage: es\n\nHola Dana:\n\n¿Sabías que la mitad de los clientes abandona una web lenta?\n\nEn RápidaWeb optimizamos tu sitio en una semana.\n\nDani`,
      problems: [{ message: 'There is no ask.' }],
    },
    {
      name: 'an opening rhetorical question, then the pitch',
      text: `${HEAD}Hi Dana,\n\nStill onboarding engineers by hand?\n\n${PITCH}\n\nSam`,
      problems: [{ line: 11, covers: 'Sam' }],
    },
    {
      name: 'an opening "could you imagine" is rhetorical, though "you" follows its verb',
      text: `${HEAD}Hi Dana,\n\nCould you imagine onboarding with no paperwork at all?\n\n${PITCH}\n\nSam`,
      problems: [{ line: 11, covers: 'Sam' }],
    },
    {
      name: 'a rhetorical question in the middle, followed by the pitch',
      text: inmail(`Sound familiar? ${PITCH}\n\nSam`),
      problems: [{ line: 11, covers: 'Sam' }],
    },
    {
      name: 'a question not to the reader that our pitch answers',
      text: inmail(`Who reads all those onboarding surveys? Our tool reads them for you and flags the three that matter.\n\nSam`),
      problems: [{ line: 11, covers: 'Sam' }],
    },
    { name: 'a waiting close alone asks nothing', text: inmail('I look forward to hearing from you.\n\nSam'), problems: [{ line: 11 }] },
    { name: 'Spanish: a waiting close alone asks nothing', text: es('Quedo atento a su respuesta.\n\nUn saludo,\nElena'), problems: [{ line: 16 }] },
    { name: 'what we did, then "and tell"', text: inmail('We tested the hinges in our showroom and tell every client about them.\n\nSam'), problems: [{ line: 11 }] },
    // A sentence that ends on "and" is read to its end, and asks nothing.
    { name: 'a sentence that ends on "and"', text: inmail('Try the samples and\n\nSam'), problems: [{ line: 11 }] },
    { name: '"Please find attached" points at a file, asks nothing', text: inmail('Please find our deck attached.'), problems: [{ line: 9 }] },
    { name: 'a wish is not an offer', text: inmail("We'd love to have you on the team someday."), problems: [{ line: 9 }] },
    { name: 'a wish in the statement form is not a request', text: inmail('It would be great to have you on the team.'), problems: [{ line: 9 }] },
    { name: "what the writer's firm can do is pitch, not an offer", text: inmail('We can help you cut onboarding time in half.'), problems: [{ line: 9 }] },
    {
      name: 'a connection note that is only a pitch',
      text: 'Kind: connection\n\nWe help software teams hire senior Go engineers in ten days, with three hundred placements across Europe so far.',
      problems: [{ line: 3 }],
    },
    {
      name: 'a pitch made only of statements',
      text: `${HEAD}We're Globex. We cut cloud bills by 30% for teams like Acme.\nOur customers include Initech and Hooli.`,
      problems: [{ message: 'There is no ask', line: 6, covers: 'Our customers include Initech and Hooli.' }],
    },
    {
      name: 'single-line body: the whole line is covered',
      text: `${HEAD}Hi Dana, sharing our onboarding kit for platform teams.`,
      problems: [{ message: 'There is no ask', line: 5, covers: 'Hi Dana, sharing our onboarding kit for platform teams.' }],
    },
    {
      name: 'CRLF: the covered last line excludes the line break',
      text: crlf(`${inmail('Thanks for your time.')}\n\n`),
      problems: [{ message: 'There is no ask', line: 9, covers: 'Thanks for your time.' }],
    },
    {
      name: 'a follow-up that only bumps',
      text: `${inmail('Would a 15-minute call next Tuesday work?')}\n---\nSend: 2026-12-08 09:00\n\nHi Dana,\nJust bumping this to the top of your inbox.`,
      problems: [{ message: 'There is no ask', line: 14, covers: 'Just bumping this to the top of your inbox.' }],
    },
    {
      name: 'both messages lack an ask',
      text: `${inmail('Thanks for reading.')}\n---\n\nHi Dana, circling back on the note below.`,
      problems: [
        { line: 9, covers: 'Thanks for reading.' },
        { line: 12, covers: 'Hi Dana, circling back on the note below.' },
      ],
    },
    { name: 'German: looking forward to a reply is a pleasantry', text: de('Ich freue mich auf Ihre Rückmeldung.'), problems: [{ covers: 'Tom Berger' }] },
    { name: 'a pitch imperative is no request', text: inmail('Book more demos with half the effort.'), problems: [{ line: 9 }] },
    { name: 'German: a pitch imperative is no request', text: de('Entdecken Sie unsere Lösung für eine schnellere Einarbeitung.'), problems: [{ covers: 'Tom Berger' }] },
    { name: 'French: a pitch imperative is no request', text: fr('Découvrez notre solution sur notre site.'), problems: [{ covers: 'Luc Bernard' }] },
    { name: 'German: a conditional wish about the writer', text: de('Wir würden uns freuen, Sie bald als Kunden zu gewinnen.'), problems: [{ covers: 'Tom Berger' }] },
    { name: 'German: a wish with "gern" is not an offer', text: de('Wir würden Sie gern bald in unserem Team begrüßen.'), problems: [{ covers: 'Tom Berger' }] },
    {
      name: 'German: an opening rhetorical question',
      text: 'Subject: Onboarding\nLanguage: de\n\nGuten Tag Frau Weber,\n\nKennen Sie das Problem mit langsamen Einarbeitungen?\n\nWir haben Rampkit dafür gebaut. Neue Leute liefern damit in neun Tagen. Zu unseren Kunden zählen Hooli und Globex.\n\nViele Grüße\nTom',
      problems: [{ covers: 'Tom' }],
    },
    { name: 'French: a closing wish', text: fr('Au plaisir de vous lire, et belle journée.'), problems: [{ covers: 'Luc Bernard' }] },
    { name: 'French: "ravi de vous compter" wishes, offers nothing', text: fr('Je serais ravi de vous compter parmi nos clients.'), problems: [{ covers: 'Luc Bernard' }] },
    {
      name: 'French: an opening "Et si vous pouviez" question',
      text: "Subject: Intégration\nLanguage: fr\n\nBonjour Monsieur Martin,\n\nEt si vous pouviez intégrer vos nouvelles recrues deux fois plus vite ?\n\nRampkit automatise l'intégration des ingénieurs. Plus de 300 équipes l'utilisent déjà. Le premier correctif arrive en neuf jours.\n\nCordialement,\nLuc",
      problems: [{ covers: 'Luc' }],
    },
    { name: 'Spanish: news promised later is no request', text: es('Ya le contaré qué tal nos va con el piloto.'), problems: [{ covers: 'Pablo Ruiz' }] },
    { name: 'Spanish: a wish "encantados de contar con usted"', text: es('Estaríamos encantados de contar con usted como cliente.'), problems: [{ covers: 'Pablo Ruiz' }] },
    {
      name: 'Spanish: an opening rhetorical question',
      text: 'Subject: Incorporación\nLanguage: es\n\nEstimado Sr. Gómez:\n\n¿Cuántas semanas tarda su equipo en incorporar a un ingeniero?\n\nRampkit automatiza la incorporación. Más de 300 equipos ya lo usan. El primer cambio llega en nueve días.\n\nUn saludo,\nPablo',
      problems: [{ covers: 'Pablo' }],
    },
  ],
};

testRule('no-ask', cases);

// The gauge's tooltip shows RABT's Ask: it must say what the rule says, message by message.
describe('RABT Ask agrees with no-ask', () => {
  for (const c of [...cases.valid, ...cases.invalid]) {
    if (/^Language: pt$/m.test(c.text)) continue;
    it(c.name, () => {
      const result = lint(c.text);
      const flagged = problemsOf('no-ask', c.text).map((p) => result.doc.messages.findIndex((m) => p.start >= m.span.start && p.start <= m.span.end));
      for (const m of result.doc.messages) {
        if (!m.body) continue;
        assert.equal(result.stats.messages[m.index].rabt?.ask, !flagged.includes(m.index), `message ${m.index}`);
      }
    });
  }
});

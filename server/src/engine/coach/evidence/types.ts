import type { Span } from '../../types';

/**
 * Something in a body that only someone who looked at this recipient could write. The personalization
 * rule needs one; the subject suggestions turn the best one into a subject.
 */
export type EvidenceKind =
  /** Their work, through any verb or artifact: "your SREcon keynote on canary releases", "you led the move to event sourcing". */
  | 'work'
  /** Their company's or their own news: "Lumio raised a €10M round", "congrats on the Series B". */
  | 'news'
  /** A role change: "saw you moved to Datadog". */
  | 'move'
  /** A conversation the writer had with them: "we chatted after your panel at KubeCon". */
  | 'conversation'
  /** Someone both know, by name: "Priya Shah suggested I write". */
  | 'mutual'
  /** Background both share: "fellow Wharton alum", "we both worked at Deloitte". */
  | 'shared-background'
  /** Their company named with something particular about it, in any short form ("Contoso's move to Postgres"). */
  | 'company';

export interface Evidence {
  kind: EvidenceKind;
  /** Where the evidence stands, as offsets into the message body. */
  span: Span;
  /**
   * The noun phrase a subject can carry, in the body's own words and language, cut at a natural
   * boundary: "SREcon keynote on canary releases", "€10M round", "move to Datadog", "Priya Shah".
   */
  phrase: string;
  /** For `work`: the artifact or activity ("keynote", "patch"); for `news`: the event ("round"). */
  head?: string;
  /** A named event, outlet or place tied to it ("SREcon", "Sifted"). */
  where?: string;
  /** Whom it is about when not the reader: their company for `news`/`company` ("Lumio"), the contact for `mutual`. */
  who?: string;
  /** For `conversation`: what it was about, with the preposition the body uses ("about the returns backlog", "zur Lexware-Schnittstelle"). */
  about?: { preposition: string; phrase: string };
  /**
   * For `work`: a seat they hold on a body ("the standards committee") or a show they were heard on ("the Community
   * Media podcast"), not a thing of theirs: no "Your …" subject.
   */
  seat?: boolean;
  /**
   * A sighting put on a recent day ("I was in St Mary's on Saturday"): it shows the writer looked, but it is no
   * thing of theirs a subject can name; the suggestions leave it out.
   */
  dated?: boolean;
}

/** Offsets are UTF-16 indices into the original document text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** A place in another file that explains a problem: a recipient's row in the recipients CSV. */
export interface RelatedInformation {
  /** The file as the caller named it (path or URI). */
  path: string;
  /** 1-based. */
  line: number;
  message: string;
}

export interface Problem extends Span {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Applied by fix-all: the one safe, obvious change. */
  fix?: Fix;
  /** Offered one by one as quick fixes; never applied without the writer choosing. */
  suggestions?: Fix[];
  /** Where the cause is outside the draft: for mail merge, one entry per recipient row. */
  related?: RelatedInformation[];
}

export type MessageKind = 'inmail' | 'connection';
export type Degree = '1st' | '2nd' | '3rd';
export type MessageStatus = 'draft' | 'sent' | 'replied';

export interface Header {
  name: string;
  /** Lower-cased name, used for lookups. */
  key: string;
  value: string;
  nameSpan: Span;
  /** The value without surrounding whitespace; empty span after the colon when the value is empty. */
  valueSpan: Span;
  /** The whole line, including its line break. */
  lineSpan: Span;
}

/** A planned send time as written: wall-clock time in the writer's zone, no time-zone maths. */
export interface SendTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
  /** Days since 1970-01-01, for date arithmetic. */
  dayNumber: number;
}

export interface Message {
  /** 0 for the first message, 1 for the first follow-up, ... */
  index: number;
  /** From the first character of the message to the end of its body (separator excluded). */
  span: Span;
  /** The `---` line that opened this message, for follow-ups. */
  separatorSpan?: Span;
  headers: Header[];
  /** The body text exactly as written (original line breaks); span covers the trimmed body. */
  body: string;
  bodySpan: Span;
  subject?: Header;
  kind: MessageKind;
  status: MessageStatus;
  openProfile: boolean;
  /** From the Degree header; undefined when not given (treated as outside your network). */
  degree?: Degree;
  to?: string;
  company?: string;
  send?: SendTime;
}

export interface ParsedDocument {
  text: string;
  messages: Message[];
}

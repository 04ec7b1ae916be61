/**
 * The custom messages between the InMail server and its clients. Client and server both import
 * this module, so a change of shape is a type error on both sides.
 */
import { NotificationType, RequestType, RequestType0 } from 'vscode-jsonrpc';
import type { Range, TextEdit } from 'vscode-languageserver-protocol';
import type { CreditEstimate } from './engine/credits';
import type { MessageStats } from './engine/stats';

export interface MessageStatsPayload extends Omit<MessageStats, 'overflow'> {
  /** Where the message sits, `---` included, so the gauge can follow the cursor into a follow-up. */
  range: Range;
  /** Body text past the hard limit (what LinkedIn would refuse) and past the sweet spot. */
  overflow: { hard?: Range; soft?: Range };
  /** With recipients attached: the longest rendered subject and body, and whose they are (the gauge's "max"). */
  worst?: { subject?: WorstMessage; body?: WorstMessage };
}

export interface WorstMessage {
  length: number;
  /** The recipient's name as the CSV gives it; `row 14` when it has no name column. */
  name: string;
  /** 0-based among the data rows. */
  row: number;
}

export interface DocumentStatsParams {
  uri: string;
  version: number;
  messages: MessageStatsPayload[];
  /** Error-severity problems in the document, so the gauge can say "can't send" without re-linting. */
  errors: number;
  /** The first message fits a connection note: the client may offer to convert it. */
  fitsConnectionNote: boolean;
  /**
   * Recipients are attached and their messages not yet linted for this text (that waits for a pause in
   * typing): the gauge keeps showing the last worst case meanwhile.
   */
  recipientsPending?: boolean;
}

export const DocumentStatsNotification = new NotificationType<DocumentStatsParams>('inmail/documentStats');

/** The editor asks for a document's stats again, e.g. when switching back to an editor tab. */
export const GetDocumentStatsRequest = new RequestType<{ uri: string }, DocumentStatsParams | null, void>('inmail/getDocumentStats');

export interface CreditDraft {
  uri: string;
  subject: string;
}

export interface CreditEstimateParams {
  /** `monthsToCover` is null where no allotment would ever cover it (JSON has no Infinity). */
  estimate: Omit<CreditEstimate, 'monthsToCover'> & { monthsToCover: number | null };
  /** .inmail files looked at, costing or not. */
  scanned: number;
}

/** The estimate with the drafts behind it, asked for when the writer opens the breakdown. */
export interface CreditBreakdown extends CreditEstimateParams {
  drafts: CreditDraft[];
}

export const CreditEstimateNotification = new NotificationType<CreditEstimateParams>('inmail/creditEstimate');
export const GetCreditBreakdownRequest = new RequestType0<CreditBreakdown, void>('inmail/getCreditBreakdown');

/** The edit that makes a draft a connection-request note; empty when it already is one. */
export const ConnectionNoteEditRequest = new RequestType<{ uri: string }, TextEdit[], void>('inmail/connectionNoteEdit');

/**
 * Files the server reads through the editor instead of a disk it may not have (the browser build runs in a
 * web worker): the client answers with `vscode.workspace.fs`, so virtual file systems work too.
 */
export interface FindUpParams {
  /** A document's URI: the search starts in its folder. */
  uri: string;
  /** The file name looked for, in that folder and each one above it. */
  name: string;
}
/** The nearest file named `name` at or above the document's folder, or null. */
export const FindUpRequest = new RequestType<FindUpParams, string | null, void>('inmail/findUp');

export interface ReadTextFileParams {
  uri: string;
  /** A larger file is not read: its answer is an error. */
  maxBytes: number;
}
export type ReadTextFileResult = { text: string } | { error: string };
export const ReadTextFileRequest = new RequestType<ReadTextFileParams, ReadTextFileResult, void>('inmail/readTextFile');

export interface FindFilesParams {
  /** A workspace folder's URI. */
  folderUri: string;
  /** Glob patterns relative to the folder, as `vscode.RelativePattern` takes them. */
  include: string;
  exclude: string;
}
export const FindFilesRequest = new RequestType<FindFilesParams, string[], void>('inmail/findFiles');

/**
 * A data file shipped with the extension, by its path under dist/ (`data/words-de.txt`): the browser build's
 * server loads a language's coaching data only when a draft needs it, through the client, which knows where
 * the extension is served from; its mail-merge code (`merge.js`) too, once a draft has recipients.
 */
export interface ExtensionDataParams {
  path: string;
}
export const ExtensionDataRequest = new RequestType<ExtensionDataParams, ReadTextFileResult, void>('inmail/extensionData');

/** One recipient's messages as they would be sent, for the preview beside the editor (`InMail: Preview for Recipient`). */
export interface RecipientPreviewParams {
  uri: string;
  /** 0-based among the CSV's data rows; clamped to the list. */
  row: number;
}

export interface PreviewMessage {
  index: number;
  kind: 'inmail' | 'connection';
  subject?: string;
  body: string;
  subjectLength: number;
  subjectMax: number;
  bodyLength: number;
  bodyMax: number;
  /** The length replies favour (InMails only). */
  bodySweetSpot?: number;
}

export interface PreviewProblem {
  ruleId: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  /** 0-based line of the template where the cause is. */
  line: number;
}

export type RecipientPreview =
  | {
      uri: string;
      version: number;
      /** The CSV's file name. */
      recipients: string;
      total: number;
      row: number;
      name: string;
      /** 1-based line of the CSV where the row starts. */
      line: number;
      /** The columns the draft uses, with this recipient's values. */
      fields: { column: string; value: string }[];
      messages: PreviewMessage[];
      /** What this recipient's messages add to the template's own problems. */
      problems: PreviewProblem[];
      /** Rows with a problem of their own: how many, the first, and the next after this one (wrapping); -1 when none. */
      problemRows: number;
      firstProblem: number;
      nextProblem: number;
    }
  | {
      uri: string;
      version: number;
      /** Why there is nothing to preview: no recipients attached, or the CSV cannot be read. */
      unavailable: string;
    };

export const RecipientPreviewRequest = new RequestType<RecipientPreviewParams, RecipientPreview | null, void>('inmail/recipientPreview');

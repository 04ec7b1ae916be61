/**
 * The custom messages between the InMail server and its clients. Client and server both import
 * this module, so a change of shape is a type error on both sides.
 */
import { NotificationType, RequestType } from 'vscode-jsonrpc';

export interface MessageStatsPayload {
  index: number;
  kind: 'inmail' | 'connection';
  subjectLength: number;
  subjectWords: number;
  subjectMax: number;
  bodyLength: number;
  bodyGraphemes: number;
  bodyWords: number;
  bodySentences: number;
  bodyMax: number;
  bodySweetSpot?: number;
}

export interface DocumentStatsParams {
  uri: string;
  version: number;
  messages: MessageStatsPayload[];
  /** Error-severity problems in the document, so the gauge can say "can't send" without re-linting. */
  errors: number;
}

export const DocumentStatsNotification = new NotificationType<DocumentStatsParams>('inmail/documentStats');

/** The editor asks for a document's stats again, e.g. when switching back to an editor tab. */
export const GetDocumentStatsRequest = new RequestType<{ uri: string }, DocumentStatsParams | null, void>('inmail/getDocumentStats');

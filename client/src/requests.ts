/** What the extension asks the language server, as the part loaded at activation sees it (no protocol code). */
import type * as vscode from 'vscode';
import type { CreditBreakdown, RecipientPreview } from '../../server/src/protocol';

export interface ServerRequests {
  creditBreakdown(): Promise<CreditBreakdown>;
  /** The edits that turn the draft into a connection request; none when it already is one. */
  connectionNoteEdit(uri: string): Promise<{ range: vscode.Range; newText: string }[]>;
  /** One recipient's rendered messages; null when the server does not have the document open. */
  recipientPreview(uri: string, row: number): Promise<RecipientPreview | null>;
}

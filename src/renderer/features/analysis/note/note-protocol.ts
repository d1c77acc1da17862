/** The analysis note Worker's protocol (worker-rpc): the note's model in, .docx bytes (transferred) out. */
import type { AnalysisNoteModel } from '../../../../shared/analysis-note/analysis-note-model';

export type NoteProtocol = {
  readonly pack: { readonly req: AnalysisNoteModel; readonly res: Uint8Array };
};

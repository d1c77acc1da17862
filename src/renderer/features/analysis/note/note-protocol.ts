/**
 * The analysis note Worker's protocol (workers/rpc-protocol.ts): the note's model and its chart's PNG (drawn on the
 * page, where ECharts has a canvas) in, .docx bytes (transferred) out.
 */
import type { NoteChartImage } from '../../../../shared/analysis-note/analysis-note-docx';
import type { AnalysisNoteModel } from '../../../../shared/analysis-note/analysis-note-model';

export interface NoteRequest {
  readonly model: AnalysisNoteModel;
  readonly chart: NoteChartImage | null;
}

export type NoteProtocol = {
  readonly pack: { readonly req: NoteRequest; readonly res: Uint8Array };
};

/** Packs the 核心数据分析报告 (.docx) off the UI thread; the bytes go back as a transferred buffer. */
import { packAnalysisNote } from '../../../../shared/analysis-note/analysis-note-docx';
import type { RpcPort } from '../../../workers/rpc-protocol';
import { serveRpc } from '../../../workers/rpc-server';
import type { NoteProtocol } from './note-protocol';

serveRpc<NoteProtocol>(globalThis as RpcPort, {
  async pack({ model, chart }, ctx) {
    const bytes = await packAnalysisNote(model, chart);
    ctx.transfer(bytes.buffer);
    return bytes;
  },
});

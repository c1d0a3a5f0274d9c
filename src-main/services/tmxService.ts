/**
 * TMX 1.4b in and out of a translation memory: import streams the file in a worker (progress,
 * cancel, size and entity limits), export writes every unit of a memory.
 * SCAFFOLD: the interchange helper replaces the bodies.
 */
import type { Output, ParsedInput } from '../../src-preload/contract/api.ts';
import { AppError } from './appError.ts';

export class TmxService {
  startImport(input: ParsedInput<'startTmxImport'>): Output<'startTmxImport'> {
    void input;
    throw new AppError('INTERNAL', 'tmx: not built yet');
  }
  export(memoryId: string): Output<'exportTmx'> {
    void memoryId;
    throw new AppError('INTERNAL', 'tmx: not built yet');
  }
}

import { EditorState } from '@tiptap/pm/state';
import type { Node as PmNode } from '@tiptap/pm/model';
import { describe, expect, it, vi } from 'vitest';
import type { Input } from '../../../src-preload/contract/api.ts';
import { getDocumentSchema } from '../../../src-preload/contract/documentSchema.ts';
import type { SaveReceipt } from '../../../src-preload/contract/domain.ts';
import { BridgeError } from '../../lib/api.ts';
import { saveOnto, type AckedBody } from './useAutosave.ts';

const schema = getDocumentSchema();
const id = '3f2b8c1e-9a4d-4e6f-8b1a-2c3d4e5f6a7b';
const loaded = EditorState.create({
  schema,
  doc: schema.node('doc', null, ['Satu.', 'Dua.', 'Tiga.'].map((t) => schema.node('paragraph', null, [schema.text(t)]))),
});

/** The loaded body with `text` typed at the end of paragraph `index`. */
function typed(state: EditorState, index: number, text: string): EditorState {
  let pos = 0;
  for (let i = 0; i <= index; i++) pos += state.doc.child(i).nodeSize;
  return state.apply(state.tr.insertText(text, pos - 1));
}

const receipt = (version: number): SaveReceipt => ({ id, version, wordCount: 3, updatedAt: '2026-11-27T10:00:00.000Z' });

describe('saveOnto', () => {
  it('sends the whole body while main has not acknowledged one, then only the changed block', async () => {
    const acked: AckedBody = { version: 4, doc: undefined };
    const send = vi.fn((input: Input<'saveArticle'>) => Promise.resolve(receipt(input.baseVersion + 1)));
    await saveOnto(acked, { id, title: 'Judul', doc: loaded.doc }, send);
    expect(send).toHaveBeenLastCalledWith({ id, title: 'Judul', baseVersion: 4, doc: loaded.doc.toJSON() });
    expect(acked).toEqual({ version: 5, doc: loaded.doc });

    const next = typed(loaded, 1, ' lagi');
    await saveOnto(acked, { id, title: 'Judul', doc: next.doc }, send);
    expect(send).toHaveBeenLastCalledWith({ id, title: 'Judul', baseVersion: 5, patch: { start: 1, deleteCount: 1, blocks: [next.doc.child(1).toJSON()], baseBlockCount: 3 } });
    expect(acked).toEqual({ version: 6, doc: next.doc });
  });

  it('after a failed save, the next one still builds on what main acknowledged and carries every edit since', async () => {
    const acked: AckedBody = { version: 2, doc: loaded.doc };
    const first = typed(loaded, 0, ' A');
    const send = vi.fn<(input: Input<'saveArticle'>) => Promise<SaveReceipt>>().mockRejectedValueOnce(new BridgeError('DB_BUSY', 'locked'));
    await expect(saveOnto(acked, { id, title: 'T', doc: first.doc }, send)).rejects.toMatchObject({ code: 'DB_BUSY' });
    expect(acked).toEqual({ version: 2, doc: loaded.doc });

    const second = typed(first, 1, ' B');
    send.mockResolvedValueOnce(receipt(3));
    await saveOnto(acked, { id, title: 'T', doc: second.doc }, send);
    expect(send).toHaveBeenLastCalledWith(
      expect.objectContaining({ baseVersion: 2, patch: { start: 0, deleteCount: 2, blocks: [0, 1].map((i) => second.doc.child(i).toJSON()), baseBlockCount: 3 } }),
    );
    expect(acked).toEqual({ version: 3, doc: second.doc });
  });

  it('a patch main cannot apply is sent again as the whole body, once', async () => {
    const acked: AckedBody = { version: 7, doc: loaded.doc };
    const next = typed(loaded, 2, '!');
    const send = vi
      .fn<(input: Input<'saveArticle'>) => Promise<SaveReceipt>>()
      .mockRejectedValueOnce(new BridgeError('CONFLICT', 'article has 4 blocks, the patch expects 3'))
      .mockResolvedValueOnce(receipt(8));
    await saveOnto(acked, { id, title: 'T', doc: next.doc }, send);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith({ id, title: 'T', baseVersion: 7, doc: next.doc.toJSON() });
    expect(acked).toEqual({ version: 8, doc: next.doc });
  });

  it('a stale version stays CONFLICT (the whole body is refused too) and nothing moves', async () => {
    const acked: AckedBody = { version: 7, doc: loaded.doc };
    const next: PmNode = typed(loaded, 2, '!').doc;
    const send = vi.fn(() => Promise.reject(new BridgeError('CONFLICT', 'article is at version 9, not 7')));
    await expect(saveOnto(acked, { id, title: 'T', doc: next }, send)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(send).toHaveBeenCalledTimes(2);
    expect(acked).toEqual({ version: 7, doc: loaded.doc });
  });
});

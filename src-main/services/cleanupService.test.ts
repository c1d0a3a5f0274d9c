import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../createBackend.ts';
import type { Article } from '../../src-preload/contract/domain.ts';

let dir: string;
let backend: Backend;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-cleanup-'));
  backend = createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test', dispatch: { validateOutput: true } });
});
afterAll(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

async function value<T>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

const para = (...content: Record<string, unknown>[]) => ({ type: 'paragraph', content });

describe('previewCleanup / applyCleanup over the bridge', () => {
  it('previews without writing, applies as one save keeping bold, and refuses a stale version', async () => {
    const created = await value<Article>(backend.dispatch('createArticle', { lang: 'en', title: 'Harbour Reopens' }));
    const doc = {
      type: 'doc',
      content: [
        para({ type: 'text', text: 'Harbour reopens' }),
        para({ type: 'text', text: 'Ships ' }, { type: 'text', text: 'returned  today', marks: [{ type: 'bold' }] }, { type: 'text', text: '.' }),
        para({ type: 'text', text: 'Share this article' }),
      ],
    };
    const saved = await value<{ version: number }>(backend.dispatch('saveArticle', { id: created.id, title: created.title, doc, baseVersion: created.version }));
    const preview = await value<{ changes: { kind: string }[] }>(backend.dispatch('previewCleanup', { id: created.id }));
    expect(preview.changes.map((c) => c.kind)).toEqual(['duplicate-headline', 'spaces', 'share-line']);
    expect((await value<Article>(backend.dispatch('getArticle', { id: created.id }))).version).toBe(saved.version);

    const stale = await backend.dispatch('applyCleanup', { id: created.id, baseVersion: saved.version - 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const revisionsBefore = await value<unknown[]>(backend.dispatch('listRevisions', { articleId: created.id }));
    const applied = await value<Article>(backend.dispatch('applyCleanup', { id: created.id, baseVersion: saved.version }));
    expect(applied.version).toBe(saved.version + 1);
    expect(applied.doc.content).toEqual([para({ type: 'text', text: 'Ships ' }, { type: 'text', text: 'returned today', marks: [{ type: 'bold' }] }, { type: 'text', text: '.' })]);
    expect(await value(backend.dispatch('previewCleanup', { id: created.id }))).toEqual({ changes: [] });
    // The text before the cleanup is kept as one more version (newest first), so it can be restored.
    const after = await value<{ articleVersion: number }[]>(backend.dispatch('listRevisions', { articleId: created.id }));
    expect(after.length).toBe(revisionsBefore.length + 1);
    expect(after[0]!.articleVersion).toBe(saved.version);
    // Nothing left to clean: no new version.
    expect((await value<Article>(backend.dispatch('applyCleanup', { id: created.id, baseVersion: applied.version }))).version).toBe(applied.version);
    expect(await backend.dispatch('previewCleanup', { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../createBackend.ts';
import { textToDocument } from './textToDocument.ts';

let dir: string;
let backend: Backend;
afterEach(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a status change keeps a version of the text', () => {
  it('records a status revision named after the new status, in the same transaction', async () => {
    dir = mkdtempSync(join(tmpdir(), 'redaksi-status-rev-'));
    backend = createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test' });
    const created = await backend.dispatch('createArticle', { lang: 'id', title: 'Banjir' });
    if (!created.ok) throw new Error(created.error.message);
    const { id, version } = created.value as { id: string; version: number };
    await backend.dispatch('saveArticle', { id, title: 'Banjir', doc: textToDocument('Air naik setinggi lutut.'), baseVersion: version });
    const moved = await backend.dispatch('setArticleStatus', { id, status: 'editing' });
    expect(moved.ok).toBe(true);
    const revisions = await backend.dispatch('listRevisions', { articleId: id });
    if (!revisions.ok) throw new Error(revisions.error.message);
    const status = (revisions.value as { kind: string; name: string | null }[]).filter((r) => r.kind === 'status');
    expect(status).toHaveLength(1);
    expect(status[0]!.name).toBe('editing');
    // A refused move records nothing.
    const refused = await backend.dispatch('setArticleStatus', { id, status: 'published' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const after = await backend.dispatch('listRevisions', { articleId: id });
    expect((after.ok ? (after.value as { kind: string }[]) : []).filter((r) => r.kind === 'status')).toHaveLength(1);
  });
});

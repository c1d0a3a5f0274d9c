import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/openDatabase.ts';
import { createServices, type Services } from './createServices.ts';
import { documentText, parseDocument } from './documentValidation.ts';
import { getDocumentSchema } from '../../src-preload/contract/documentSchema.ts';

let dir: string;
let file: string;
let db: Db;
let services: Services;
let clock: number;
const start = Date.UTC(2026, 10, 20, 8, 0, 0);
const at = (seconds: number) => new Date(start + seconds * 1000).toISOString();

function openServices() {
  db = openDatabase(file);
  // One second per reading, so every message has its own time.
  services = createServices(db, { systemLocale: 'id-ID', now: () => new Date(start + 1000 * clock++) });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-comments-'));
  file = join(dir, 'redaksi.db');
  clock = 0;
  openServices();
});

afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const ghost = '5d0c7c2e-8f41-4b7a-9e0d-1a2b3c4d5e6f';

describe('CommentsService', () => {
  it('starts a thread with its first message, by the settings user, open', () => {
    services.settings.update({ userName: 'Dewi Lestari' });
    const a = services.articles.create({ lang: 'id', title: 'Harga cabai' });
    const thread = services.comments.create({ articleId: a.id, quote: 'Rp 85.000 per kilogram', body: 'Sumber angkanya siapa?' });
    expect(thread).toMatchObject({
      articleId: a.id,
      quote: 'Rp 85.000 per kilogram',
      createdBy: 'Dewi Lestari',
      resolvedAt: null,
      resolvedBy: null,
      messages: [{ author: 'Dewi Lestari', body: 'Sumber angkanya siapa?', threadId: thread.id }],
    });
    expect(thread.createdAt).toBe(thread.messages[0]!.createdAt);
    expect(services.comments.list(a.id)).toEqual([thread]);
  });

  it('replies in order, resolves (keeping who resolved first), reopens, and lists only the article’s threads', () => {
    const a = services.articles.create({ lang: 'id' });
    const b = services.articles.create({ lang: 'en' });
    services.settings.update({ userName: 'Agus' });
    const first = services.comments.create({ articleId: a.id, quote: 'anak-anak', body: 'Usia berapa?' });
    const second = services.comments.create({ articleId: a.id, quote: 'pasar induk', body: 'Pasar yang mana?' });
    services.comments.create({ articleId: b.id, quote: 'budget', body: 'Which year?' });
    services.settings.update({ userName: 'Siti' });
    services.comments.reply({ threadId: first.id, body: 'Di bawah 12 tahun.' });
    const replied = services.comments.reply({ threadId: first.id, body: 'Sudah saya perbaiki.' });
    expect(replied.messages.map((m) => [m.author, m.body])).toEqual([
      ['Agus', 'Usia berapa?'],
      ['Siti', 'Di bawah 12 tahun.'],
      ['Siti', 'Sudah saya perbaiki.'],
    ]);

    const resolved = services.comments.resolve(first.id);
    expect(resolved).toMatchObject({ resolvedBy: 'Siti' });
    expect(resolved.resolvedAt).not.toBeNull();
    services.settings.update({ userName: 'Agus' });
    expect(services.comments.resolve(first.id)).toMatchObject({ resolvedBy: 'Siti', resolvedAt: resolved.resolvedAt });
    // A reply to a resolved thread is kept and does not reopen it.
    expect(services.comments.reply({ threadId: first.id, body: 'Terima kasih.' })).toMatchObject({ resolvedBy: 'Siti' });

    expect(services.comments.reopen(first.id)).toMatchObject({ resolvedAt: null, resolvedBy: null });
    expect(services.comments.list(a.id).map((t) => [t.id, t.messages.length])).toEqual([
      [first.id, 4],
      [second.id, 1],
    ]);
    expect(services.comments.list(b.id)).toHaveLength(1);
  });

  it('keeps times from the injected clock', () => {
    const a = services.articles.create({ lang: 'id' }); // reading 0
    const t = services.comments.create({ articleId: a.id, quote: 'x', body: 'y' }); // reading 1
    const r = services.comments.reply({ threadId: t.id, body: 'z' }); // reading 2
    expect([t.createdAt, r.messages[1]!.createdAt]).toEqual([at(1), at(2)]);
    expect(services.comments.resolve(t.id).resolvedAt).toBe(at(3));
  });

  it('unknown articles and threads are NOT_FOUND and write nothing', () => {
    const a = services.articles.create({ lang: 'id' });
    expect(() => services.comments.create({ articleId: ghost, quote: 'x', body: 'y' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => services.comments.list(ghost)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    for (const call of [() => services.comments.reply({ threadId: ghost, body: 'x' }), () => services.comments.resolve(ghost), () => services.comments.reopen(ghost)]) {
      expect(call).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    }
    expect(services.comments.list(a.id)).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM comment_messages').pluck().get()).toBe(0);
  });

  it('threads and messages survive closing and reopening the database', () => {
    const a = services.articles.create({ lang: 'id' });
    const t = services.comments.create({ articleId: a.id, quote: 'banjir', body: 'Foto?' });
    services.comments.reply({ threadId: t.id, body: 'Ada.' });
    services.comments.resolve(t.id);
    const list = services.comments.list(a.id);
    db.close();
    openServices();
    expect(services.comments.list(a.id)).toEqual(list);
  });
});

describe('the comment mark in stored documents', () => {
  const threadId = '3f2b8c1e-9a4d-4e6f-8b1a-2c3d4e5f6a7b';
  const other = '9b1d2c3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e';
  const withMarks = (marks: unknown[]) => ({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Harga ' }, { type: 'text', text: 'cabai rawit', marks }, { type: 'text', text: ' naik.' }] }],
  });
  const comment = (attrs: unknown) => ({ type: 'comment', attrs });

  it('is accepted with a thread id, overlapping comments keep both, and a save round-trips it', () => {
    expect(documentText(parseDocument(withMarks([comment({ commentId: threadId })])))).toBe('Harga cabai rawit naik.');
    const both = parseDocument(withMarks([{ type: 'bold' }, comment({ commentId: threadId }), comment({ commentId: other })]));
    expect(both.toJSON()).toEqual(withMarks([{ type: 'bold' }, comment({ commentId: threadId }), comment({ commentId: other })]));
    const a = services.articles.create({ lang: 'id' });
    services.articles.save({ id: a.id, title: 'Harga', doc: withMarks([comment({ commentId: threadId })]) as never, baseVersion: 1 });
    expect(services.articles.get(a.id).doc).toEqual(withMarks([comment({ commentId: threadId })]));
  });

  it('carries only the id: extra attributes are dropped, as for every node and mark', () => {
    const node = parseDocument(withMarks([comment({ commentId: threadId, author: 'Dewi', body: 'rahasia', resolved: true })]));
    expect(node.toJSON()).toEqual(withMarks([comment({ commentId: threadId })]));
  });

  it.each([
    ['no attrs', undefined],
    ['null id', { commentId: null }],
    ['numeric id', { commentId: 42 }],
    ['not a uuid', { commentId: 'thread-1' }],
    ['markup', { commentId: '<img src=x onerror=alert(1)>' }],
    ['object id', { commentId: { id: threadId } }],
  ])('is refused with %s', (_name, attrs) => {
    expect(() => parseDocument(withMarks([attrs === undefined ? { type: 'comment' } : comment(attrs)]))).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('is not inclusive (typing after it does not extend it) and does not exclude itself', () => {
    const spec = getDocumentSchema().marks.comment!.spec;
    expect(spec.inclusive).toBe(false);
    expect(spec.excludes).toBe('');
  });
});

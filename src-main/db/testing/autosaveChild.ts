/**
 * Child process for the R1 kill test: saves one article as fast as the real service allows (whole
 * bodies and patches of changed blocks in turn) and prints `ack <version> <sha256>` after each
 * save main acknowledged. The parent SIGKILLs it at random moments and checks that every
 * acknowledged save is on disk.
 *
 *   node src-main/db/testing/autosaveChild.ts <dataDir> <articleId>
 */
import { createHash } from 'node:crypto';
import { writeSync } from 'node:fs';
import { createBackend } from '../../createBackend.ts';
import type { Article, SaveReceipt } from '../../../src-preload/contract/domain.ts';

const [dataDir, articleId] = process.argv.slice(2);
const backend = createBackend({ dataDir: dataDir!, systemLocale: 'id-ID', appVersion: '0.0.0-test' });

const current = await backend.dispatch('getArticle', { id: articleId });
if (!current.ok) throw new Error(current.error.message);
let version = (current.value as Article).version;
const filler = 'Warga kota menunggu keputusan dewan tentang anggaran banjir tahun depan. '.repeat(40);
writeSync(1, 'ready\n');
for (let i = 0; ; i++) {
  const text = `Suntingan ${version + 1}-${i}. ${filler}`;
  const block = { type: 'paragraph', content: [{ type: 'text', text }] };
  // Every other save sends only the changed block, as the editor does after its first save.
  const body = i % 2 === 0 ? { doc: { type: 'doc', content: [block] } } : { patch: { start: 0, deleteCount: 1, blocks: [block], baseBlockCount: 1 } };
  const result = await backend.dispatch('saveArticle', { id: articleId, title: `Versi ${version + 1}`, ...body, baseVersion: version });
  if (!result.ok) throw new Error(result.error.message);
  version = (result.value as SaveReceipt).version;
  // Synchronous write: the ack is out before the next save starts, as the renderer would see it.
  writeSync(1, `ack ${version} ${createHash('sha256').update(text).digest('hex')}\n`);
}

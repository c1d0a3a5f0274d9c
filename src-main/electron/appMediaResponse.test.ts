import { describe, expect, it } from 'vitest';
import { buildTestPng } from '../services/buildTestPng.ts';
import { appMediaResponse, isAppMediaUrl } from './appMediaResponse.ts';
import { mediaIdFromPath } from '../../src-preload/contract/imageNode.ts';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';

const png = buildTestPng(2, 2);
const id = 'a'.repeat(64);
const lookup = (wanted: string) => (wanted === id ? { mime: 'image/png', bytes: new Uint8Array(png) } : undefined);

describe('appMediaResponse (app://redaksi/media/<sha256>)', () => {
  it('serves a stored picture with its type, nosniff and the CSP', async () => {
    const res = appMediaResponse({ url: `app://redaksi/media/${id}`, method: 'GET' }, lookup);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/png');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
  });

  it.each([`app://redaksi/media/${'b'.repeat(64)}`, `app://redaksi/media/${id.toUpperCase()}`, `app://redaksi/media/${id}.png`, 'app://redaksi/media/', 'app://redaksi/media/..%2F..%2Fetc%2Fpasswd'])('404 for %s', (url) => {
    expect(appMediaResponse({ url, method: 'GET' }, lookup).status).toBe(404);
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = appMediaResponse({ url: `app://redaksi/media/${id}`, method: 'HEAD' }, lookup);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(appMediaResponse({ url: `app://redaksi/media/${id}`, method: 'PUT' }, lookup).status).toBe(405);
  });

  it('routes only our own host and the /media/ path to the database', () => {
    expect(isAppMediaUrl(`app://redaksi/media/${id}`)).toBe(true);
    expect(isAppMediaUrl(`app://other/media/${id}`)).toBe(false);
    expect(isAppMediaUrl('app://redaksi/assets/media.js')).toBe(false);
    expect(mediaIdFromPath(`/media/${id}`)).toBe(id);
    expect(mediaIdFromPath(`/media/${id}/`)).toBeUndefined();
  });
});

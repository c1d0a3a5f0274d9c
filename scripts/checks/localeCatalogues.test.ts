/**
 * Both UI languages must have exactly the same keys, the same interpolation variables, and no
 * empty strings: a key in one language but not the other fails here, not in front of a user.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const localesDir = join(import.meta.dirname, '..', '..', 'resources', 'locales');
const languages = ['en', 'id'] as const;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else flatten(v, key, out);
  }
  return out;
}

const variables = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const namespaces = readdirSync(join(localesDir, 'en')).filter((f) => f.endsWith('.json'));

describe('locale catalogues', () => {
  it('exist for both languages with the same files', () => {
    expect(namespaces.length).toBeGreaterThan(0);
    expect(readdirSync(join(localesDir, 'id')).filter((f) => f.endsWith('.json')).sort()).toEqual([...namespaces].sort());
  });

  describe.each(namespaces)('%s', (file) => {
    const [en, id] = languages.map((lang) => flatten(JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8')) as Tree));

    it('has every key in both languages', () => {
      const onlyEn = [...en!.keys()].filter((k) => !id!.has(k));
      const onlyId = [...id!.keys()].filter((k) => !en!.has(k));
      expect({ onlyEn, onlyId }).toEqual({ onlyEn: [], onlyId: [] });
    });

    it('uses the same interpolation variables in both languages', () => {
      for (const [key, value] of en!) expect(variables(id!.get(key) ?? ''), key).toEqual(variables(value));
    });

    it('has no empty or untrimmed strings', () => {
      for (const [lang, map] of [['en', en!], ['id', id!]] as const) {
        for (const [key, value] of map) expect(value.length > 0 && value === value.trim(), `${lang}:${key}`).toBe(true);
      }
    });
  });
});

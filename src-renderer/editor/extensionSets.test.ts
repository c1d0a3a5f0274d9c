import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { getDocumentSchema } from '../../src-preload/contract/documentSchema.ts';
import { draftingExtensions } from './extensionSets.ts';

describe('drafting extension set', () => {
  const drafting = getSchema(draftingExtensions({ placeholder: 'Tulis di sini', uploadImage: () => Promise.reject(new Error('not in this test')) }));
  const stored = getDocumentSchema();

  it('defines exactly the nodes and marks of the stored format (the editor can produce nothing main refuses)', () => {
    expect(Object.keys(drafting.nodes).sort()).toEqual(Object.keys(stored.nodes).sort());
    expect(Object.keys(drafting.marks).sort()).toEqual(Object.keys(stored.marks).sort());
    for (const [name, type] of Object.entries(stored.nodes)) expect(Object.keys(drafting.nodes[name]!.spec.attrs ?? {}), name).toEqual(Object.keys(type.spec.attrs ?? {}));
  });

  it('has block images whose src, alt and title are stored', () => {
    expect(drafting.nodes.image!.spec).toMatchObject({ group: 'block', atom: true });
    expect(Object.keys(drafting.nodes.image!.spec.attrs ?? {})).toEqual(['src', 'alt', 'title']);
  });
});

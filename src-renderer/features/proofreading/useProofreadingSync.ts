/**
 * Keeps an open editor's underlines in step with the proofreading settings, wherever they were
 * changed (Settings, the note): a rule switched off or a word added to the dictionary removes its
 * underlines at once; a rule switched on or a word taken out checks the text again.
 */
import { useEffect, useRef } from 'react';
import type { Editor } from '@tiptap/core';
import type { ProofreadingSettings } from '../../../src-preload/contract/proofreading.ts';
import { useProofreadingSettings } from './proofreadingQueries.ts';

export function useProofreadingSync(editor: Editor | null): void {
  const settings = useProofreadingSettings();
  const previous = useRef<ProofreadingSettings | null>(null);
  useEffect(() => {
    const next = settings.data;
    if (!next || !editor || editor.isDestroyed) return;
    const prev = previous.current;
    previous.current = next;
    if (!prev) return;
    const was = { rules: new Set(prev.disabledRules), words: new Set(prev.dictionary.map((w) => w.toLowerCase())) };
    const now = { rules: new Set(next.disabledRules), words: new Set(next.dictionary.map((w) => w.toLowerCase())) };
    let recheck = false;
    for (const rule of now.rules) if (!was.rules.has(rule)) editor.commands.removeProofreadingFindings({ rule });
    for (const word of now.words) if (!was.words.has(word)) editor.commands.removeProofreadingFindings({ word });
    for (const rule of was.rules) if (!now.rules.has(rule)) recheck = true;
    for (const word of was.words) if (!now.words.has(word)) recheck = true;
    if (recheck) editor.commands.recheckProofreading();
  }, [editor, settings.data]);
}

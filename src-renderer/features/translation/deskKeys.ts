/**
 * The desk's keyboard: one place that maps a key press in a target box to a desk command, so the
 * Help dialog and the code agree. Chosen not to clash with Chromium or the OS: Ctrl+1..5 (tab
 * switching) only reach a page inside our own window; Insert-based keys and Alt+digits are free.
 */
export type DeskCommand =
  | { type: 'confirm' }
  | { type: 'move'; direction: -1 | 1 }
  | { type: 'insertMatch'; n: number }
  | { type: 'copySource' }
  | { type: 'insertTerm'; n: number | null }
  | { type: 'machineTranslate' }
  | { type: 'leave' };

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The digit 1..9 of a key press, by physical key (Alt/Shift change `key` on some layouts). */
function digitOf(e: KeyLike): number | null {
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(e.code) ?? /^([1-9])$/.exec(e.key);
  return m ? Number(m[1]) : null;
}

export function deskCommandForKey(e: KeyLike): DeskCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  if (e.key === 'Escape' && !mod && !e.altKey && !e.shiftKey) return { type: 'leave' };
  if (e.key === 'Insert' && ((mod && e.shiftKey && !e.altKey) || (e.altKey && !mod && !e.shiftKey))) return { type: 'copySource' };
  if (mod && !e.altKey && !e.shiftKey) {
    if (e.key === 'Enter') return { type: 'confirm' };
    if (e.key === 'ArrowUp') return { type: 'move', direction: -1 };
    if (e.key === 'ArrowDown') return { type: 'move', direction: 1 };
    // As in OmegaT: Ctrl+M puts the machine translation in (fetching it first when none is shown).
    if (e.code === 'KeyM' || e.key === 'm' || e.key === 'M') return { type: 'machineTranslate' };
    const n = digitOf(e);
    if (n !== null && n <= 5) return { type: 'insertMatch', n };
  }
  if (mod && e.shiftKey && !e.altKey && (e.key === 'g' || e.key === 'G')) return { type: 'insertTerm', n: null };
  if (e.altKey && !mod && !e.shiftKey) {
    const n = digitOf(e);
    if (n !== null) return { type: 'insertTerm', n };
  }
  return null;
}

/** The desk's shortcuts as the Help dialog lists them (keys, then the catalogue key of the action). */
export const deskShortcuts = [
  { keys: 'Ctrl+Enter', action: 'help.deskConfirm' },
  { keys: 'Ctrl+↑, Ctrl+↓', action: 'help.deskMove' },
  { keys: 'Ctrl+1 … Ctrl+5', action: 'help.deskInsertMatch' },
  { keys: 'Alt+Insert, Ctrl+Shift+Insert', action: 'help.deskCopySource' },
  { keys: 'Ctrl+M', action: 'help.deskMachineTranslate' },
  { keys: 'Ctrl+Shift+G', action: 'help.deskInsertTerm' },
  { keys: 'Alt+1 … Alt+9', action: 'help.deskInsertTermN' },
  { keys: 'Esc', action: 'help.deskLeave' },
] as const;

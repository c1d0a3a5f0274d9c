import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';

const coordinate = z.int().min(-100_000).max(100_000);
const length = z.int().min(100).max(100_000);

/** The remembered size, position and maximised state of the main window. */
export const WindowState = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: length,
  height: length,
  isMaximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

/** A display's usable area (without taskbar or dock), as Electron's `Display.workArea`. */
export interface WorkArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** First start, or a state file that cannot be read: a centred 1280x860 window. */
export const defaultWindowState: WindowState = { width: 1280, height: 860, isMaximized: false };

/**
 * Reads the window state from `file`. A missing, unreadable or invalid file gives the
 * defaults: window geometry is a convenience and must never stop the app from starting.
 */
export function loadWindowState(file: string): WindowState {
  try {
    const parsed = WindowState.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : { ...defaultWindowState };
  } catch {
    return { ...defaultWindowState };
  }
}

/**
 * Writes the window state atomically: a temp file in the same folder, fsync, rename
 * (RELIABILITY.md), so a crash leaves the old file or the new one, never half of one.
 */
export function saveWindowState(file: string, state: WindowState): void {
  const valid = WindowState.parse(state);
  const folder = dirname(file);
  mkdirSync(folder, { recursive: true });
  const temp = join(folder, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'w', 0o600);
    try {
      writeSync(fd, `${JSON.stringify(valid, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(folder);
}

// The rename is durable only once the folder entry is; Windows cannot open folders for fsync.
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort: the file itself is already complete on disk.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function overlapArea(a: WorkArea, b: WorkArea): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Brings a remembered window back on screen. The window goes to the display it overlaps most,
 * shrunk to fit and moved fully inside its work area; if it overlaps none (saved on a monitor
 * that is now disconnected), it is centred on the primary display, `workAreas[0]`.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly WorkArea[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const hasPosition = state.x !== undefined && state.y !== undefined;
  const rect = { x: state.x ?? 0, y: state.y ?? 0, width: state.width, height: state.height };
  let target: WorkArea | undefined;
  let best = 0;
  if (hasPosition) {
    for (const area of workAreas) {
      const overlap = overlapArea(rect, area);
      if (overlap > best) {
        best = overlap;
        target = area;
      }
    }
  }
  const area = target ?? primary;
  const width = Math.max(100, Math.min(state.width, area.width));
  const height = Math.max(100, Math.min(state.height, area.height));
  const fitted: WindowState = { width, height, isMaximized: state.isMaximized };
  if (!target) return fitted;
  fitted.x = Math.round(Math.min(Math.max(rect.x, area.x), area.x + area.width - width));
  fitted.y = Math.round(Math.min(Math.max(rect.y, area.y), area.y + area.height - height));
  return fitted;
}

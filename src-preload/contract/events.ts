import { z } from 'zod';
import type { EventName } from './channels.ts';

/**
 * Commands the application menu sends to the renderer. The shell handles the app-wide ones; `find`,
 * `replace` and `saveVersion` are handled by whichever view is open (the editor, or the library's
 * search for `find`), the same code that handles their keys.
 */
export const menuCommands = ['newArticle', 'showLibrary', 'showResources', 'openSettings', 'showHelp', 'showAbout', 'find', 'replace', 'saveVersion'] as const;
export const MenuCommand = z.enum(menuCommands);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** Main -> renderer event payloads, one schema per event name. */
export const eventSchemas = {
  /** A menu item or its accelerator was used. */
  menuCommand: z.object({ command: MenuCommand }),
  /** Main is about to quit (or close the window): save pending edits, then call `reportQuitReady`. */
  flushRequested: z.object({ requestId: z.string() }),
} satisfies Record<EventName, z.ZodType>;

export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;

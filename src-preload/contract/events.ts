import { z } from 'zod';
import type { EventName } from './channels.ts';

/** Commands the application menu sends to the renderer. */
export const menuCommands = ['newArticle', 'showLibrary', 'openSettings', 'showHelp', 'showAbout'] as const;
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

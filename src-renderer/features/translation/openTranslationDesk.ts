/**
 * Navigation to and from the translation desk. The shell (App.tsx) owns the current view; it
 * registers a navigator here once, so anything (the editor's "Translate to" button, a link to an
 * existing translation, the desk's own title links) can switch views without threading callbacks
 * through every component. The shell saves pending edits before it switches.
 */

export interface DeskNavigator {
  /** Shows the translation desk of a translation (its target article id). */
  openDesk: (targetArticleId: string) => void;
  /** Shows an article in the editor. */
  openEditor: (articleId: string) => void;
}

let navigator: DeskNavigator | null = null;

/** Called by the shell; returns the function that unregisters it. */
export function registerDeskNavigator(next: DeskNavigator): () => void {
  navigator = next;
  return () => {
    if (navigator === next) navigator = null;
  };
}

/** Opens the side-by-side translation desk for the translation whose target article is `articleId`. */
export function openTranslationDesk(articleId: string): void {
  navigator?.openDesk(articleId);
}

/** Opens an article (a translation's source or target) in the editor. */
export function openArticleInEditor(articleId: string): void {
  navigator?.openEditor(articleId);
}

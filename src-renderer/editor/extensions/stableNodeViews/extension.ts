/**
 * StableNodeViews: builds the editor's node views once instead of twice, so opening an article
 * draws its body once.
 *
 * TipTap's `extensionManager.nodeViews` is a getter that wraps every `addNodeView` in a new
 * function on each read. The view is created with one set of them, and when `<EditorContent>`
 * mounts it reads the getter again and passes the result to `view.setProps`; ProseMirror sees
 * different node-view functions and throws away and redraws the whole document (the table's
 * node view is enough to trigger it): a second full rendering of the body, roughly a third of
 * the renderer's CPU time for opening a 50k-word article (measured).
 * Reading the getter once, before the view exists, makes the second read the same object.
 *
 * This is only right while no node view renders through React (ReactNodeViewRenderer): those
 * render nothing until `<EditorContent>` has mounted and rely on exactly that redraw. The drafting
 * set's only node view is the table's (plain DOM); stableNodeViews.test.ts fails when another one
 * is added, so that it is checked first.
 */
import { Extension } from '@tiptap/core';

export const StableNodeViews = Extension.create({
  name: 'stableNodeViews',

  onBeforeCreate() {
    // Runs in the Editor constructor after the schema exists and before the view is created.
    const manager = this.editor.extensionManager;
    const nodeViews = manager.nodeViews;
    Object.defineProperty(manager, 'nodeViews', { value: nodeViews, configurable: true });
  },
});

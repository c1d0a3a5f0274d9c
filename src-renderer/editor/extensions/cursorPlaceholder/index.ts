export { CursorPlaceholder, cursorPlaceholderKey } from './extension.ts';

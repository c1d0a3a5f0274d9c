export { PasteFilter, pasteFilterKey, type PasteFilterOptions } from './extension.ts';
export { stripInlineStyles } from './stripInlineStyles.ts';

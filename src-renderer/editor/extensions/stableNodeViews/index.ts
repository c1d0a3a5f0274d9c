export { StableNodeViews } from './extension.ts';

export { AutolinkFilter, mayAutolink } from './extension.ts';

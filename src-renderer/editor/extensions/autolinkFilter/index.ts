export { AutolinkFilter, filterAutolink, mayAutolink } from './extension.ts';

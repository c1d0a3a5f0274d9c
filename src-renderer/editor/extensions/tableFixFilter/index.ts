export { TableFixFilter, mayFixTables } from './extension.ts';

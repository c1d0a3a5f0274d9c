export { TableFixFilter, filterTableFix, mayFixTables } from './extension.ts';

/**
 * Child process for the R8 kill test: opens (and so migrates) the database given, then idles.
 * The parent SIGKILLs it at a chosen moment after "opening".
 *
 *   node src-main/db/testing/migrateChild.ts <file.db>
 */
import { writeSync } from 'node:fs';
import { openDatabase } from '../openDatabase.ts';

writeSync(1, 'opening\n');
const db = openDatabase(process.argv[2]!);
writeSync(1, 'migrated\n');
db.close();

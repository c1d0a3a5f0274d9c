import { homedir } from 'node:os';
import { join } from 'node:path';

/** The app's folder name under the OS's application-data folder (Electron's `productName`). */
export const appFolderName = 'Redaksi';

/**
 * Where the desktop app keeps its data (Electron's `userData`), computed without Electron so the
 * CLI and the web host find the same database: %APPDATA%\Redaksi, ~/Library/Application
 * Support/Redaksi, or $XDG_CONFIG_HOME/Redaksi (default ~/.config/Redaksi).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appFolderName);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', appFolderName);
  return join(env.XDG_CONFIG_HOME?.trim() || join(homedir(), '.config'), appFolderName);
}

import packageJson from '../package.json' with { type: 'json' };

/** The version in package.json, for hosts that run without Electron (CLI, web host). */
export const appVersion: string = packageJson.version;

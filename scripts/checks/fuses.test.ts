/**
 * The fuses declared for packaging (resources/build/fuses.ts) are the ones Electron's security
 * guide and RELIABILITY.md ask for, and cover every fuse the installed @electron/fuses knows.
 * Applying them needs the Electron binary, which this machine cannot download: packaging (issue 9)
 * flips and reads them back.
 */
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { fuseDecisions, redaksiFuses } from '../../resources/build/fuses.ts';

const fuseNames = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k))) as (keyof typeof FuseV1Options)[];

describe('declared Electron fuses', () => {
  it.each([
    ['RunAsNode', false],
    ['EnableCookieEncryption', true],
    ['EnableNodeOptionsEnvironmentVariable', false],
    ['EnableNodeCliInspectArguments', false],
    ['EnableEmbeddedAsarIntegrityValidation', true],
    ['OnlyLoadAppFromAsar', true],
    ['LoadBrowserProcessSpecificV8Snapshot', false],
    ['GrantFileProtocolExtraPrivileges', false],
  ] as const)('%s is %s', (name, enabled) => {
    expect(redaksiFuses[FuseV1Options[name]]).toBe(enabled);
    expect(fuseDecisions[name].enabled).toBe(enabled);
  });

  it('decides every fuse this Electron has, strictly, with a reason each', () => {
    expect(redaksiFuses.version).toBe(FuseVersion.V1);
    expect(redaksiFuses.strictlyRequireAllFuses).toBe(true);
    expect(Object.keys(fuseDecisions).sort()).toEqual([...fuseNames].sort());
    for (const name of fuseNames) {
      expect(typeof redaksiFuses[FuseV1Options[name]], name).toBe('boolean');
      expect(fuseDecisions[name].why.length, name).toBeGreaterThan(20);
    }
  });
});

/**
 * Electron fuses for the packaged app (RELIABILITY.md "Electron hardening"; Electron's security
 * guide, "Fuses"). Fuses are bits in the Electron binary itself, flipped once at packaging time, so
 * they hold even if someone runs the shipped executable with their own flags or environment.
 *
 * Declared here, applied by packaging (issue 9): call `applyFuses(pathToPackagedElectron)` from the
 * electron-builder `afterPack` hook, before code signing. They CANNOT be applied or checked in this
 * repository's CI: the Electron binary is not downloadable here, so scripts/checks/fuses.test.ts
 * asserts the declared set and the packaging step must read them back with `getCurrentFuseWire`.
 *
 * Packaging must keep what these fuses assume: the app in an asar archive with an integrity hash
 * (OnlyLoadAppFromAsar, EnableEmbeddedAsarIntegrityValidation), native modules (better-sqlite3)
 * and the Bergamot .wasm/glue unpacked beside it, and the renderer served from app://, not file://.
 */
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/** Each fuse, its value and why — one row per fuse Electron has, so none is left at its default by accident. */
export const fuseDecisions: Record<keyof typeof FuseV1Options, { enabled: boolean; why: string }> = {
  RunAsNode: { enabled: false, why: 'ELECTRON_RUN_AS_NODE would turn the signed app into a general Node runtime; the CLI uses plain Node.' },
  EnableCookieEncryption: { enabled: true, why: 'Cookies on disk encrypted with the OS keychain key.' },
  EnableNodeOptionsEnvironmentVariable: { enabled: false, why: 'NODE_OPTIONS could inject code (--require) into the main process.' },
  EnableNodeCliInspectArguments: { enabled: false, why: '--inspect/--inspect-brk would open a debugger port into the main process.' },
  EnableEmbeddedAsarIntegrityValidation: { enabled: true, why: 'A modified app.asar is refused at start-up.' },
  OnlyLoadAppFromAsar: { enabled: true, why: 'No loose app/ folder next to the binary can replace our code.' },
  LoadBrowserProcessSpecificV8Snapshot: { enabled: false, why: 'One V8 snapshot for all processes; no separate browser snapshot file to swap.' },
  GrantFileProtocolExtraPrivileges: { enabled: false, why: 'The renderer is served from app://; file:// pages get no extra powers.' },
  WasmTrapHandlers: { enabled: true, why: "Electron's default: V8 bounds-checks WebAssembly (Bergamot) with signal handlers instead of inline checks; off only helps hosts whose own signal handlers clash." },
};

/** The config for @electron/fuses; strict, so an Electron upgrade that adds a fuse fails packaging until it is decided above. */
export const redaksiFuses: FuseV1Config = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  [FuseV1Options.RunAsNode]: fuseDecisions.RunAsNode.enabled,
  [FuseV1Options.EnableCookieEncryption]: fuseDecisions.EnableCookieEncryption.enabled,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: fuseDecisions.EnableNodeOptionsEnvironmentVariable.enabled,
  [FuseV1Options.EnableNodeCliInspectArguments]: fuseDecisions.EnableNodeCliInspectArguments.enabled,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: fuseDecisions.EnableEmbeddedAsarIntegrityValidation.enabled,
  [FuseV1Options.OnlyLoadAppFromAsar]: fuseDecisions.OnlyLoadAppFromAsar.enabled,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: fuseDecisions.LoadBrowserProcessSpecificV8Snapshot.enabled,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: fuseDecisions.GrantFileProtocolExtraPrivileges.enabled,
  [FuseV1Options.WasmTrapHandlers]: fuseDecisions.WasmTrapHandlers.enabled,
};

/**
 * Flips the fuses in a packaged Electron binary (for the afterPack hook). On macOS, pass
 * `resetAdHocDarwinSignature: true` when the app is not signed afterwards (arm64 refuses to run a
 * binary whose ad-hoc signature no longer matches).
 */
export function applyFuses(pathToElectron: string, options: { resetAdHocDarwinSignature?: boolean } = {}): Promise<number> {
  return flipFuses(pathToElectron, { ...redaksiFuses, ...options });
}

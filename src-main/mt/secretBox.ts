/**
 * Where the online engines' API keys are kept: encrypted at rest, decrypted only in main for the
 * request that needs them. In the desktop app the box is Electron's `safeStorage` (the OS keychain,
 * DPAPI or libsecret; src-main/electron/safeStorageSecretBox.ts); hosts without Electron (the web
 * host used by e2e, the CLI) use fileKeySecretBox.ts.
 */
export interface SecretBox {
  /** False when the system offers no real encryption: keys are then refused, never stored in plain text. */
  available(): boolean;
  /** Ciphertext as base64, for the settings table. */
  encrypt(plain: string): string;
  /** Throws when the ciphertext was not made by this box (a database moved to another machine). */
  decrypt(cipherBase64: string): string;
}

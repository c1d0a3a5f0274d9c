/**
 * API keys encrypted with Electron's safeStorage: the macOS Keychain, Windows DPAPI, or the Linux
 * secret service (libsecret/kwallet). On Linux without a secret service safeStorage falls back to
 * a hard-coded password ('basic_text'): that is no protection, so keys are refused there.
 */
import { safeStorage } from 'electron';
import type { SecretBox } from '../mt/secretBox.ts';

export function safeStorageSecretBox(): SecretBox {
  return {
    available() {
      if (!safeStorage.isEncryptionAvailable()) return false;
      return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
    },
    encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
    decrypt: (cipherBase64) => safeStorage.decryptString(Buffer.from(cipherBase64, 'base64')),
  };
}

/**
 * A SecretBox for hosts without Electron's safeStorage (the web host, the CLI): AES-256-GCM with a
 * random key kept in `<data folder>/secret.key`, readable by the owner only. The database then
 * never holds a key in plain text, though anyone who can read the data folder can read both files:
 * the desktop app uses the OS keychain instead (safeStorageSecretBox.ts).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretBox } from './secretBox.ts';

const keyFileName = 'secret.key';

export function fileKeySecretBox(dataDir: string): SecretBox {
  let key: Buffer | null = null;
  const loadKey = (): Buffer => {
    if (key) return key;
    const path = join(dataDir, keyFileName);
    if (!existsSync(path)) {
      // 'wx': two processes starting at once cannot both write a key; the loser reads the winner's.
      try {
        writeFileSync(path, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      chmodSync(path, 0o600);
    }
    const read = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (read.length !== 32) throw new Error(`${keyFileName} is damaged`);
    key = read;
    return key;
  };
  return {
    available: () => true,
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', loadKey(), iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    decrypt(cipherBase64) {
      const data = Buffer.from(cipherBase64, 'base64');
      if (data.length < 28) throw new Error('not a stored secret');
      const decipher = createDecipheriv('aes-256-gcm', loadKey(), data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

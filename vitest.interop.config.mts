import { defineConfig } from 'vitest/config';

// Interop checks against real tools (LibreOffice, later OmegaT, xmllint …): `npm run test:interop`.
export default defineConfig({
  test: {
    include: ['interop/**/*.interop.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
  },
});

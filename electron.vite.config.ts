import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// Our folders are not electron-vite's defaults, so every entry is named here.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Workers are their own entries: worker_threads load them by file (runImportWorker.ts,
      // proofreadWorkerClient.ts, runTmxImportWorker.ts, lookupInWorkers.ts, buildIndexInWorkers.ts, mtWorkerClient.ts, workerEntryUrl.ts).
      rollupOptions: {
        input: {
          index: resolve('src-main/index.ts'),
          importWorker: resolve('src-main/workers/importWorker.ts'),
          proofreadWorker: resolve('src-main/workers/proofreadWorker.ts'),
          tmxImportWorker: resolve('src-main/workers/tmxImportWorker.ts'),
          tmxParseWorker: resolve('src-main/workers/tmxParseWorker.ts'),
          // XLIFF and TBX/CSV glossary reading (runInterchangeWorker.ts).
          interchangeWorker: resolve('src-main/workers/interchangeWorker.ts'),
          tmLookupWorker: resolve('src-main/workers/tmLookupWorker.ts'),
          tmIndexWorker: resolve('src-main/workers/tmIndexWorker.ts'),
          tmVocabularyWorker: resolve('src-main/workers/tmVocabularyWorker.ts'),
          // Machine translation (mtWorkerClient.ts). The Bergamot .wasm and glue are not bundled: the
          // worker reads them from node_modules/@browsermt/bergamot-translator/worker at run time.
          mtWorker: resolve('src-main/workers/mtWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot load ES modules: emit one CommonJS file.
      rollupOptions: {
        input: { index: resolve('src-preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    base: './',
    plugins: [
      react(),
      {
        // Vite's dev server injects an inline React-refresh preamble that the strict meta CSP
        // would block; only `npm run dev` drops it (main also skips the header for the dev server).
        name: 'redaksi:dev-without-meta-csp',
        apply: 'serve',
        transformIndexHtml: (html: string) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
      },
    ],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves output unminified; the renderer's parse time is on the start-up path.
      minify: true,
      rollupOptions: {
        input: {
          index: resolve('src-renderer/index.html'),
          // Loaded only by the web host (before the app script) to provide window.api over HTTP.
          webBridge: resolve('src-renderer/lib/webBridge.ts'),
        },
        output: {
          entryFileNames: (chunk) => (chunk.name === 'webBridge' ? 'assets/webBridge.js' : 'assets/[name]-[hash].js'),
        },
      },
    },
  },
});

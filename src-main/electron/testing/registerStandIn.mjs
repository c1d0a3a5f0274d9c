// Loaded with `node --import`: makes the bare specifier 'electron' resolve to the stand-in, so
// the built main process can start in plain Node. The real package is never loaded (its
// first require would try to download the Electron binary).
import { registerHooks } from 'node:module';

const standInUrl = new URL('./electronStandIn.mjs', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron' || specifier === 'electron/main') return { url: standInUrl, format: 'module', shortCircuit: true };
    return nextResolve(specifier, context);
  },
});

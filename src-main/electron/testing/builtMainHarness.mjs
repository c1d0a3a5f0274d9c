// Runs the built main process (argv[2]) against the electron stand-in and prints one line,
// `STANDIN_REPORT <json>`, describing what it did. Start it with
// `node --import ./registerStandIn.mjs builtMainHarness.mjs out/main/index.js`.
import { pathToFileURL } from 'node:url';

const mainPath = process.argv[2];
const mode = process.env.ELECTRON_STANDIN_SINGLE_INSTANCE === 'refuse' ? 'refused' : 'normal';
const { record } = await import('electron');
const report = { mode, standInLoaded: globalThis.__electronStandIn === record, errors: [] };

const watchdog = setTimeout(() => {
  report.errors.push('harness timed out');
  finish(1);
}, 20_000);

function finish(code = 0) {
  clearTimeout(watchdog);
  process.stdout.write(`STANDIN_REPORT ${JSON.stringify(report)}\n`);
  process.exit(code);
}

const tick = (ms = 10) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition, what, ms = 10_000) {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await tick();
  }
}

function summary() {
  const win = record.windows[0];
  return {
    singleInstanceRequested: record.singleInstanceRequested,
    sandboxEnabled: record.sandboxEnabled,
    appQuitCalls: record.appQuitCalls,
    quitted: record.quitted,
    privilegedSchemes: record.privilegedSchemes,
    privilegedAfterReady: record.privilegedAfterReady,
    protocolSchemes: [...record.protocolHandlers.keys()],
    channels: [...record.ipcHandlers.keys()],
    windowCount: record.windows.length,
    windowOptions: win ? JSON.parse(JSON.stringify(win.options)) : null,
    loadedUrl: win?.webContents.mainFrame.url ?? null,
    shown: win?.shown ?? false,
    menuCount: record.menus.length,
    menuLabels: record.menus.at(-1)?.template.map((item) => item.label) ?? [],
    errorBoxes: record.errorBoxes,
    permissionHandlerCount: record.permissionRequestHandlers.length,
    headerListenerCount: record.headerListeners.length,
  };
}

try {
  await import(pathToFileURL(mainPath).href);
  if (mode === 'refused') {
    // The refusing instance must not even wait for ready.
    await tick(50);
    Object.assign(report, summary());
    finish();
  }
  await waitFor(() => record.readyFired, 'ready');
  await waitFor(() => record.windows.length > 0 || record.errorBoxes.length > 0, 'a window or an error dialog');
  if (record.errorBoxes.length > 0) {
    await tick(20);
    Object.assign(report, summary());
    finish();
  }
  const win = record.windows[0];
  await waitFor(() => win.shown, 'ready-to-show');
  Object.assign(report, summary());

  const contents = win.webContents;
  const trusted = { senderFrame: contents.mainFrame, sender: contents };
  const foreign = { senderFrame: { url: 'https://evil.example/' }, sender: { mainFrame: null } };
  foreign.sender.mainFrame = foreign.senderFrame;
  const subframe = { senderFrame: { url: 'app://redaksi/index.html' }, sender: contents };
  const call = (method, event, input) => record.ipcHandlers.get(`api:${method}`)(event, input);

  const created = await call('createArticle', trusted, { lang: 'id', title: 'Banjir di Jakarta' });
  const listed = await call('listArticles', trusted, {});
  const appInfo = await call('getAppInfo', trusted, {});
  report.trustedCalls = { created, listed, appInfo };

  report.foreignCalls = {};
  report.subframeCalls = {};
  for (const channel of record.ipcHandlers.keys()) {
    const method = channel.slice('api:'.length);
    report.foreignCalls[method] = await call(method, foreign, { lang: 'en' });
    report.subframeCalls[method] = await call(method, subframe, {});
  }
  report.badInputCalls = {};
  for (const channel of record.ipcHandlers.keys()) {
    const method = channel.slice('api:'.length);
    report.badInputCalls[method] = await call(method, trusted, 'not an object');
  }
  report.badInputCalls.createArticleBadLang = await call('createArticle', trusted, { lang: 'xx' });
  report.badInputCalls.getArticleBadId = await call('getArticle', trusted, { id: '../../etc/passwd' });
  report.listedAfterRefusals = await call('listArticles', trusted, {});

  // The menu follows the UI language.
  const menusBefore = record.menus.length;
  report.updateSettings = await call('updateSettings', trusted, { uiLanguage: 'id' });
  report.menuRebuilt = record.menus.length === menusBefore + 1;
  report.menuLabelsAfterUpdate = record.menus.at(-1)?.template.map((item) => item.label) ?? [];
  const menuItems = record.menus.at(-1).template.flatMap((m) => m.submenu ?? []);
  menuItems.find((item) => item.accelerator === 'CmdOrCtrl+N')?.click?.();
  report.menuCommandSent = contents.sent.find((s) => s.channel === 'event:menuCommand') ?? null;

  // Navigation, window.open, permissions, headers, protocol.
  const navigate = (event, url) => {
    let prevented = false;
    contents.emit(event, { url, preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  report.navigation = {
    evilPrevented: navigate('will-navigate', 'https://evil.example/'),
    filePrevented: navigate('will-navigate', 'file:///etc/passwd'),
    redirectPrevented: navigate('will-redirect', 'https://evil.example/'),
    framePrevented: navigate('will-frame-navigate', 'javascript:alert(1)'),
    ownAllowed: !navigate('will-navigate', 'app://redaksi/index.html#/x'),
    webviewPrevented: navigate('will-attach-webview', 'app://redaksi/index.html'),
  };
  report.windowOpen = ['https://example.com/', 'mailto:desk@example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'http://example.com/'].map(
    (url) => contents.windowOpenHandler?.({ url }),
  );
  await tick(20);
  report.openedExternally = record.openedExternally;
  report.permissionAnswers = record.permissionRequestHandlers.map((handler) => {
    let answer = 'no answer';
    handler(contents, 'media', (granted) => (answer = granted), {});
    return answer;
  });
  report.headerResults = record.headerListeners.map((listener) => {
    let result = null;
    listener({ url: 'app://redaksi/index.html', responseHeaders: { 'content-security-policy': ["script-src 'unsafe-inline'"] } }, (r) => (result = r));
    return result;
  });
  const appHandler = record.protocolHandlers.get('app');
  const serve = async (url) => {
    const response = await appHandler(new Request(url));
    return { status: response.status, type: response.headers.get('content-type'), csp: response.headers.get('content-security-policy') };
  };
  report.protocol = {
    index: await serve('app://redaksi/index.html'),
    traversal: await serve('app://redaksi/%2e%2e/%2e%2e/package.json'),
    otherHost: await serve('app://evil/index.html'),
  };

  // Quit: the renderer is asked to flush; quitting waits for reportQuitReady, then completes.
  const { app } = await import('electron');
  const sentBefore = contents.sent.length;
  app.quit();
  report.quitHeld = !record.quitted;
  const flush = contents.sent.slice(sentBefore).find((s) => s.channel === 'event:flushRequested');
  report.flushRequested = flush ? flush.args[0] : null;
  report.quitReady = flush ? await call('reportQuitReady', trusted, { requestId: flush.args[0].requestId }) : null;
  await tick(20);
  report.quittedAfterFlush = record.quitted;
  report.windowDestroyed = win.isDestroyed();
  report.appQuitCalls = record.appQuitCalls;
  finish();
} catch (error) {
  report.errors.push(String(error?.stack ?? error));
  Object.assign(report, summary());
  finish(1);
}

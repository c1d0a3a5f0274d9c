// A stand-in for the 'electron' module, just enough for the built main process to start in
// plain Node, recording what it does. Everything observable is on `globalThis.__electronStandIn`.
// Knobs (environment): ELECTRON_STANDIN_SINGLE_INSTANCE=refuse, ELECTRON_STANDIN_LOCALE,
// ELECTRON_STANDIN_USER_DATA.
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const record = {
  readyFired: false,
  singleInstanceRequested: false,
  sandboxEnabled: false,
  appQuitCalls: 0,
  quitting: false,
  quitted: false,
  privilegedSchemes: [],
  privilegedAfterReady: false,
  protocolHandlers: new Map(),
  ipcHandlers: new Map(),
  windows: [],
  webContents: [],
  menus: [],
  errorBoxes: [],
  openedExternally: [],
  permissionRequestHandlers: [],
  headerListeners: [],
};
globalThis.__electronStandIn = record;

function emitPreventable(emitter, name, ...args) {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
  emitter.emit(name, event, ...args);
  return event.defaultPrevented;
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  #ready;

  constructor() {
    super();
    this.#ready = new Promise((resolve) => {
      // Like Electron: ready comes after the entry module's synchronous code has run.
      setTimeout(() => {
        record.readyFired = true;
        this.emit('ready', {});
        resolve();
      }, 5);
    });
  }

  whenReady() {
    return this.#ready;
  }
  isReady() {
    return record.readyFired;
  }
  requestSingleInstanceLock() {
    record.singleInstanceRequested = true;
    return process.env.ELECTRON_STANDIN_SINGLE_INSTANCE !== 'refuse';
  }
  enableSandbox() {
    if (record.readyFired) throw new Error('app.enableSandbox() must be called before ready');
    record.sandboxEnabled = true;
  }
  getPath(name) {
    return join(process.env.ELECTRON_STANDIN_USER_DATA ?? join(tmpdir(), 'redaksi-standin'), name);
  }
  getLocale() {
    return process.env.ELECTRON_STANDIN_LOCALE ?? 'en-US';
  }
  getVersion() {
    return '0.0.0-standin';
  }
  getName() {
    return 'Redaksi';
  }
  // Electron's order: before-quit (cancellable), close every window (each cancellable), will-quit.
  quit() {
    record.appQuitCalls++;
    if (emitPreventable(this, 'before-quit')) return;
    record.quitting = true;
    for (const win of BrowserWindow.getAllWindows()) win.close();
    if (BrowserWindow.getAllWindows().length > 0) {
      record.quitting = false;
      return;
    }
    if (emitPreventable(this, 'will-quit')) {
      record.quitting = false;
      return;
    }
    record.quitted = true;
    this.emit('quit', {}, 0);
  }
  exit(code = 0) {
    record.exitCode = code;
    record.quitted = true;
  }
}

export const app = new FakeApp();

class FakeIpcMain extends EventEmitter {
  handle(channel, listener) {
    if (record.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    record.ipcHandlers.set(channel, listener);
  }
  handleOnce(channel, listener) {
    this.handle(channel, listener);
  }
  removeHandler(channel) {
    record.ipcHandlers.delete(channel);
  }
}

export const ipcMain = new FakeIpcMain();

const defaultSession = {
  setPermissionRequestHandler(handler) {
    record.permissionRequestHandlers.push(handler);
  },
  setPermissionCheckHandler() {},
  setDevicePermissionHandler() {},
  webRequest: {
    onHeadersReceived(filterOrListener, maybeListener) {
      record.headerListeners.push(maybeListener ?? filterOrListener);
    },
  },
};

export const session = {
  get defaultSession() {
    if (!record.readyFired) throw new Error('session.defaultSession is only available after ready');
    return defaultSession;
  },
};

let nextId = 1;

class FakeWebContents extends EventEmitter {
  constructor() {
    super();
    this.id = nextId++;
    this.sent = [];
    this.destroyed = false;
    this.crashed = false;
    this.windowOpenHandler = null;
    this.mainFrame = { url: '', routingId: this.id };
    this.session = defaultSession;
    record.webContents.push(this);
  }
  send(channel, ...args) {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  isDestroyed() {
    return this.destroyed;
  }
  isCrashed() {
    return this.crashed;
  }
  getURL() {
    return this.mainFrame.url;
  }
  loadURL(url) {
    this.mainFrame.url = url;
    return Promise.resolve();
  }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return record.windows.filter((w) => !w.isDestroyed());
  }

  constructor(options = {}) {
    super();
    if (!record.readyFired) throw new Error('Cannot create BrowserWindow before app is ready');
    this.options = options;
    this.shown = false;
    this.focused = false;
    this.maximized = false;
    this.minimized = false;
    this.destroyed = false;
    this.bounds = { x: options.x ?? 100, y: options.y ?? 100, width: options.width ?? 800, height: options.height ?? 600 };
    this.webContents = new FakeWebContents();
    record.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) {
    return this.webContents.loadURL(url).then(() => {
      setTimeout(() => this.emit('ready-to-show', {}), 1);
    });
  }
  loadFile() {
    throw new Error('the stand-in expects loadURL');
  }
  show() {
    this.shown = true;
  }
  focus() {
    this.focused = true;
  }
  restore() {
    this.minimized = false;
  }
  isMinimized() {
    return this.minimized;
  }
  isVisible() {
    return this.shown;
  }
  maximize() {
    this.maximized = true;
    this.shown = true;
  }
  isMaximized() {
    return this.maximized;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  getBounds() {
    return { ...this.bounds };
  }
  isDestroyed() {
    return this.destroyed;
  }
  close() {
    if (this.destroyed) return;
    if (emitPreventable(this, 'close')) return;
    this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    // Electron does not emit window-all-closed while quitting.
    if (!record.quitting && BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
  }
}

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    if (record.readyFired) record.privilegedAfterReady = true;
    record.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    if (!record.readyFired) throw new Error('protocol.handle must be called after ready');
    record.protocolHandlers.set(scheme, handler);
  },
  unhandle(scheme) {
    record.protocolHandlers.delete(scheme);
  },
  isProtocolHandled(scheme) {
    return record.protocolHandlers.has(scheme);
  },
};

const primaryDisplay = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  scaleFactor: 1,
};

export const screen = {
  getPrimaryDisplay: () => primaryDisplay,
  getAllDisplays: () => [primaryDisplay],
};

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu(menu) {
    record.menus.push(menu);
  },
};

export const dialog = {
  showErrorBox(title, content) {
    record.errorBoxes.push({ title, content });
  },
  showMessageBox: async () => ({ response: 0, checkboxChecked: false }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async () => ({ canceled: true }),
};

export const shell = {
  openExternal: async (url) => {
    record.openedExternally.push(url);
  },
};

export const net = { fetch: (...args) => globalThis.fetch(...args) };

/** Like a Linux desktop without a secret service: no encryption, so keys are refused. */
export const safeStorage = {
  isEncryptionAvailable: () => false,
  getSelectedStorageBackend: () => 'basic_text',
  encryptString: () => {
    throw new Error('encryption is not available');
  },
  decryptString: () => {
    throw new Error('encryption is not available');
  },
};

export const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false, themeSource: 'system' });

export default { app, ipcMain, session, BrowserWindow, protocol, screen, Menu, dialog, shell, net, nativeTheme, safeStorage };

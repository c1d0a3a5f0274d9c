import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src-preload/contract/events.ts';
import type { UiLanguage } from '../../src-preload/contract/domain.ts';
import en from '../../resources/locales/en/menu.json' with { type: 'json' };
import id from '../../resources/locales/id/menu.json' with { type: 'json' };

type Catalogue = typeof en;

/** Every label key of the menu catalogue, e.g. `'file.newArticle'`. */
export type MenuLabelKey = {
  [Group in keyof Catalogue]: `${Group & string}.${keyof Catalogue[Group] & string}`;
}[keyof Catalogue];

/** Looks up a menu label. */
export type MenuTranslate = (key: MenuLabelKey) => string;

const catalogues: Record<UiLanguage, Record<string, Record<string, string> | undefined>> = { en, id };

/**
 * Returns the label lookup for `lang` from `resources/locales/<lang>/menu.json`. A key missing
 * from that catalogue falls back to English, then to the key itself (which a test catches).
 */
export function menuLabels(lang: UiLanguage): MenuTranslate {
  const lookup = (catalogue: Record<string, Record<string, string> | undefined> | undefined, key: string) => {
    const [group = '', name = ''] = key.split('.');
    return catalogue?.[group]?.[name];
  };
  return (key) => lookup(catalogues[lang], key) ?? lookup(catalogues.en, key) ?? key;
}

export interface MenuTemplateOptions {
  t: MenuTranslate;
  platform: NodeJS.Platform;
  /** Sends a menu command to the renderer. */
  send: (command: MenuCommand) => void;
  /** Adds Reload and Developer Tools (never in a packaged build). */
  isDev: boolean;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu as plain data (pure, so both languages and every accelerator are unit
 * tested). App commands go to the renderer through `send`; editing, zoom and window items use
 * Electron roles so they behave natively. On macOS an app menu comes first and holds About,
 * Settings and Quit, as the platform expects.
 */
export function buildMenuTemplate({ t, platform, send, isDev }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  // macOS menus have no mnemonics; "&File" would show the ampersand.
  const label = (key: MenuLabelKey) => (mac ? t(key).replace(/&(?!&)/g, '') : t(key));
  // The renderer handles these keys itself (the same code runs in the web host), so the menu
  // only shows them: registering them too would run each command twice.
  const command = (key: MenuLabelKey, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: label(key),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => send(name),
  });

  const appMenu: MenuItemConstructorOptions = {
    label: 'Redaksi',
    submenu: [
      command('app.about', 'showAbout'),
      separator,
      command('app.settings', 'openSettings', 'CmdOrCtrl+,'),
      separator,
      { role: 'hide', label: label('app.hide') },
      { role: 'hideOthers', label: label('app.hideOthers') },
      { role: 'unhide', label: label('app.showAll') },
      separator,
      { role: 'quit', label: label('app.quit'), accelerator: 'CmdOrCtrl+Q' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: label('file.label'),
    submenu: [
      command('file.newArticle', 'newArticle', 'CmdOrCtrl+N'),
      command('file.library', 'showLibrary', 'CmdOrCtrl+L'),
      command('file.resources', 'showResources'),
      separator,
      command('file.saveVersion', 'saveVersion', 'CmdOrCtrl+S'),
      ...(mac ? [] : [separator, command('file.settings', 'openSettings', 'CmdOrCtrl+,')]),
      separator,
      { role: 'close', label: label('file.closeWindow'), accelerator: 'CmdOrCtrl+W' },
      ...(mac ? [] : [{ role: 'quit', label: label('file.quit'), accelerator: 'CmdOrCtrl+Q' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: label('edit.label'),
    submenu: [
      { role: 'undo', label: label('edit.undo') },
      { role: 'redo', label: label('edit.redo') },
      separator,
      { role: 'cut', label: label('edit.cut') },
      { role: 'copy', label: label('edit.copy') },
      { role: 'paste', label: label('edit.paste') },
      { role: 'pasteAndMatchStyle', label: label('edit.pasteAsPlainText') },
      separator,
      { role: 'selectAll', label: label('edit.selectAll') },
      separator,
      command('edit.find', 'find', 'CmdOrCtrl+F'),
      // Cmd+H hides the app on macOS, so Replace takes the key macOS editors use there.
      command('edit.replace', 'replace', mac ? 'Cmd+Alt+F' : 'Ctrl+H'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: label('view.label'),
    submenu: [
      ...(isDev
        ? [{ role: 'reload', label: label('view.reload') } as const, { role: 'toggleDevTools', label: label('view.toggleDevTools') } as const, separator]
        : []),
      { role: 'resetZoom', label: label('view.resetZoom') },
      { role: 'zoomIn', label: label('view.zoomIn') },
      { role: 'zoomOut', label: label('view.zoomOut') },
      separator,
      { role: 'togglefullscreen', label: label('view.toggleFullscreen') },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: label('window.label'),
    role: 'windowMenu',
    submenu: [
      { role: 'minimize', label: label('window.minimize') },
      { role: 'zoom', label: label('window.zoom') },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: label('help.label'),
    role: 'help',
    submenu: [command('help.shortcuts', 'showHelp', 'F1'), ...(mac ? [] : [separator, command('help.about', 'showAbout')])],
  };

  return mac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}

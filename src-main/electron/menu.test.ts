import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuCommands, type MenuCommand } from '../../src-preload/contract/events.ts';
import en from '../../resources/locales/en/menu.json' with { type: 'json' };
import id from '../../resources/locales/id/menu.json' with { type: 'json' };
import { buildMenuTemplate, menuLabels, type MenuLabelKey } from './menu.ts';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function keysOf(catalogue: Record<string, Record<string, string>>): string[] {
  return Object.entries(catalogue).flatMap(([group, labels]) => Object.keys(labels).map((name) => `${group}.${name}`));
}

function build(lang: 'en' | 'id', platform: NodeJS.Platform, isDev = false) {
  const send = vi.fn<(command: MenuCommand) => void>();
  const template = buildMenuTemplate({ t: menuLabels(lang), platform, send, isDev });
  return { template, items: flatten(template), send };
}

function byAccelerator(items: MenuItemConstructorOptions[], accelerator: string) {
  const found = items.filter((item) => item.accelerator === accelerator);
  expect(found, `one item with ${accelerator}`).toHaveLength(1);
  return found[0]!;
}

function click(item: MenuItemConstructorOptions) {
  (item.click as () => void)();
}

describe('menu catalogues', () => {
  it('id and en have the same keys', () => {
    expect(keysOf(id).sort()).toEqual(keysOf(en).sort());
  });

  it.each(['en', 'id'] as const)('%s has a non-empty label for every key', (lang) => {
    const t = menuLabels(lang);
    for (const key of keysOf(en) as MenuLabelKey[]) {
      expect(t(key), key).not.toBe(key);
      expect(t(key).trim(), key).not.toBe('');
    }
  });

  it('falls back to the key only for an unknown key', () => {
    expect(menuLabels('id')('nope.nothing' as MenuLabelKey)).toBe('nope.nothing');
  });
});

describe.each(['en', 'id'] as const)('buildMenuTemplate (%s)', (lang) => {
  const t = menuLabels(lang);

  describe.each(['linux', 'win32', 'darwin'] as const)('on %s', (platform) => {
    const { template, items, send } = build(lang, platform);
    const mac = platform === 'darwin';

    it('every item has a translated label (no raw keys, no missing labels)', () => {
      const keyLike = /^[a-z]+\.[a-zA-Z]+$/;
      for (const item of items) {
        if (item.type === 'separator') continue;
        expect(item.label, JSON.stringify(item.role ?? item.accelerator)).toBeTruthy();
        expect(item.label).not.toMatch(keyLike);
        if (mac) expect(item.label).not.toMatch(/&/);
      }
    });

    it('has the expected top-level menus in order', () => {
      const labels = template.map((m) => m.label?.replace('&', ''));
      const strip = (key: MenuLabelKey) => t(key).replace('&', '');
      const expected = [strip('file.label'), strip('edit.label'), strip('view.label'), ...(mac ? [strip('window.label')] : []), strip('help.label')];
      expect(labels).toEqual(mac ? ['Redaksi', ...expected] : expected);
    });

    it.each([
      ['CmdOrCtrl+N', 'newArticle'],
      ['CmdOrCtrl+L', 'showLibrary'],
      ['CmdOrCtrl+,', 'openSettings'],
      ['F1', 'showHelp'],
      ['CmdOrCtrl+F', 'find'],
      ['CmdOrCtrl+S', 'saveVersion'],
      [mac ? 'Cmd+Alt+F' : 'Ctrl+H', 'replace'],
    ] as const)('%s sends %s', (accelerator, command) => {
      send.mockClear();
      click(byAccelerator(items, accelerator));
      expect(send).toHaveBeenCalledExactlyOnceWith(command);
    });

    it('About sends showAbout', () => {
      const about = items.filter((item) => item.label === t(mac ? 'app.about' : 'help.about'));
      expect(about.length).toBeGreaterThan(0);
      send.mockClear();
      click(about[0]!);
      expect(send).toHaveBeenCalledExactlyOnceWith('showAbout');
    });

    it('Translation Resources sends showResources', () => {
      const item = items.find((i) => i.label === t('file.resources'));
      expect(item).toBeDefined();
      send.mockClear();
      click(item!);
      expect(send).toHaveBeenCalledExactlyOnceWith('showResources');
    });

    it('quits with CmdOrCtrl+Q and closes with CmdOrCtrl+W through roles', () => {
      expect(byAccelerator(items, 'CmdOrCtrl+Q').role).toBe('quit');
      expect(byAccelerator(items, 'CmdOrCtrl+W').role).toBe('close');
    });

    it('no accelerator is used twice', () => {
      const accelerators = items.flatMap((item) => (item.accelerator ? [item.accelerator] : []));
      expect(new Set(accelerators).size).toBe(accelerators.length);
    });

    it('edit roles are all present', () => {
      const roles = new Set(items.map((item) => item.role));
      for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'] as const) {
        expect(roles.has(role), role).toBe(true);
      }
      expect(roles.has('minimize')).toBe(mac);
    });

    it('only sends listed menu commands', () => {
      send.mockClear();
      for (const item of items) if (typeof item.click === 'function') click(item);
      for (const [command] of send.mock.calls) expect(menuCommands).toContain(command);
      expect(new Set(send.mock.calls.map(([c]) => c))).toEqual(new Set(menuCommands));
    });

    it('has no developer tools unless in development', () => {
      const roles = (isDev: boolean) => build(lang, platform, isDev).items.map((item) => item.role);
      expect(roles(false)).not.toContain('toggleDevTools');
      expect(roles(false)).not.toContain('reload');
      expect(roles(true)).toContain('toggleDevTools');
      expect(roles(true)).toContain('reload');
    });
  });

  it('uses the catalogue labels', () => {
    const { items } = build(lang, 'linux');
    expect(items.find((i) => i.accelerator === 'CmdOrCtrl+N')?.label).toBe(t('file.newArticle'));
    expect(items.find((i) => i.role === 'pasteAndMatchStyle')?.label).toBe(t('edit.pasteAsPlainText'));
  });
});

it('the two languages really differ', () => {
  const enLabels = build('en', 'linux').items.map((i) => i.label);
  const idLabels = build('id', 'linux').items.map((i) => i.label);
  expect(idLabels).not.toEqual(enLabels);
  expect(idLabels).toContain('Artikel Baru');
});

import { Menu } from 'electron';
import { buildMenuTemplate, type MenuTemplateOptions } from './menu.ts';

/** Builds the menu from `buildMenuTemplate` and installs it (again whenever the UI language changes). */
export function setApplicationMenu(options: MenuTemplateOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}

import { str } from '@lit/localize';

/** Spanish for `<workspace-switcher>`. */
export const workspaceSwitcher = {
  'tk.workspace-switcher.empty': 'Todavía no tienes espacios de trabajo',
  'tk.workspace-switcher.current': 'Espacio de trabajo actual:',
  'tk.workspace-switcher.choose': 'Elige un espacio de trabajo',
  'tk.workspace-switcher.yours': 'Tus espacios de trabajo',
  'tk.workspace-switcher.create': 'Crear espacio de trabajo',
  'tk.workspace-switcher.switched': str`Ahora estás en ${0}`,
};

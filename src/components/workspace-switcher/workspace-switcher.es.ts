import { str } from '@lit/localize';

/** Spanish for `<workspace-switcher>`. */
export const workspaceSwitcher = {
  'tk.workspace-switcher.title': 'Grupos',
  'tk.workspace-switcher.denied': 'No puedes ver los grupos de este espacio de trabajo',
  'tk.workspace-switcher.empty': 'Todavía no hay grupos',
  'tk.workspace-switcher.empty_hint': 'Los grupos reúnen a varios miembros para darles acceso de una vez.',
  'tk.workspace-switcher.members_one': str`${0} miembro`,
  'tk.workspace-switcher.members': str`${0} miembros`,
};

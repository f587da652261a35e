import { str } from '@lit/localize';

/** Spanish for `<workspace-settings>`. */
export const workspaceSettings = {
  'tk.workspace-settings.title': 'Grupos',
  'tk.workspace-settings.denied': 'No puedes ver los grupos de este espacio de trabajo',
  'tk.workspace-settings.empty': 'Todavía no hay grupos',
  'tk.workspace-settings.empty_hint': 'Los grupos reúnen a varios miembros para darles acceso de una vez.',
  'tk.workspace-settings.members_one': str`${0} miembro`,
  'tk.workspace-settings.members': str`${0} miembros`,
};

import { str } from '@lit/localize';

/** Spanish for `<workspace-list>`. */
export const workspaceList = {
  'tk.workspace-list.title': 'Grupos',
  'tk.workspace-list.denied': 'No puedes ver los grupos de este espacio de trabajo',
  'tk.workspace-list.empty': 'Todavía no hay grupos',
  'tk.workspace-list.empty_hint': 'Los grupos reúnen a varios miembros para darles acceso de una vez.',
  'tk.workspace-list.members_one': str`${0} miembro`,
  'tk.workspace-list.members': str`${0} miembros`,
};

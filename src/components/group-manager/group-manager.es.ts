import { str } from '@lit/localize';

/** Spanish for `<group-manager>`. */
export const groupManager = {
  'tk.group-manager.title': 'Grupos',
  'tk.group-manager.denied': 'No puedes ver los grupos de este espacio de trabajo',
  'tk.group-manager.empty': 'Todavía no hay grupos',
  'tk.group-manager.empty_hint': 'Los grupos reúnen a varios miembros para darles acceso de una vez.',
  'tk.group-manager.members_one': str`${0} miembro`,
  'tk.group-manager.members': str`${0} miembros`,
};

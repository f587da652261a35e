import { str } from '@lit/localize';

/** Spanish for `<session-list>`. */
export const sessionList = {
  'tk.session-list.title': 'Grupos',
  'tk.session-list.denied': 'No puedes ver los grupos de este espacio de trabajo',
  'tk.session-list.empty': 'Todavía no hay grupos',
  'tk.session-list.empty_hint': 'Los grupos reúnen a varios miembros para darles acceso de una vez.',
  'tk.session-list.members_one': str`${0} miembro`,
  'tk.session-list.members': str`${0} miembros`,
};

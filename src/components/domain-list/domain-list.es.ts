import { str } from '@lit/localize';

/** Spanish for `<domain-list>`. */
export const domainList = {
  'tk.domain-list.title': 'Grupos',
  'tk.domain-list.denied': 'No puedes ver los grupos de este espacio de trabajo',
  'tk.domain-list.empty': 'Todavía no hay grupos',
  'tk.domain-list.empty_hint': 'Los grupos reúnen a varios miembros para darles acceso de una vez.',
  'tk.domain-list.members_one': str`${0} miembro`,
  'tk.domain-list.members': str`${0} miembros`,
};

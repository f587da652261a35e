import { str } from '@lit/localize';

/** Spanish for `<danger-zone>`. */
export const dangerZone = {
  'tk.danger-zone.title': 'Grupos',
  'tk.danger-zone.denied': 'No puedes ver los grupos de este espacio de trabajo',
  'tk.danger-zone.empty': 'Todavía no hay grupos',
  'tk.danger-zone.empty_hint': 'Los grupos reúnen a varios miembros para darles acceso de una vez.',
  'tk.danger-zone.members_one': str`${0} miembro`,
  'tk.danger-zone.members': str`${0} miembros`,
};

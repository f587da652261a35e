import { str } from '@lit/localize';

/** Spanish for `<account-settings>`. */
export const accountSettings = {
  'tk.account-settings.title': 'Grupos',
  'tk.account-settings.denied': 'No puedes ver los grupos de este espacio de trabajo',
  'tk.account-settings.empty': 'Todavía no hay grupos',
  'tk.account-settings.empty_hint': 'Los grupos reúnen a varios miembros para darles acceso de una vez.',
  'tk.account-settings.members_one': str`${0} miembro`,
  'tk.account-settings.members': str`${0} miembros`,
};

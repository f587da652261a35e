import { str } from '@lit/localize';

/** Spanish for `<privacy-settings>`. */
export const privacySettings = {
  'tk.privacy-settings.title': 'Grupos',
  'tk.privacy-settings.denied': 'No puedes ver los grupos de este espacio de trabajo',
  'tk.privacy-settings.empty': 'Todavía no hay grupos',
  'tk.privacy-settings.empty_hint': 'Los grupos reúnen a varios miembros para darles acceso de una vez.',
  'tk.privacy-settings.members_one': str`${0} miembro`,
  'tk.privacy-settings.members': str`${0} miembros`,
};

import { str } from '@lit/localize';

/** Spanish for `<notification-preferences>`. */
export const notificationPreferences = {
  'tk.notification-preferences.title': 'Grupos',
  'tk.notification-preferences.denied': 'No puedes ver los grupos de este espacio de trabajo',
  'tk.notification-preferences.empty': 'Todavía no hay grupos',
  'tk.notification-preferences.empty_hint': 'Los grupos reúnen a varios miembros para darles acceso de una vez.',
  'tk.notification-preferences.members_one': str`${0} miembro`,
  'tk.notification-preferences.members': str`${0} miembros`,
};

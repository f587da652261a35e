import { str } from '@lit/localize';

/** Spanish for `<email-change-form>`. */
export const emailChangeForm = {
  'tk.email-change-form.title': 'Grupos',
  'tk.email-change-form.denied': 'No puedes ver los grupos de este espacio de trabajo',
  'tk.email-change-form.empty': 'Todavía no hay grupos',
  'tk.email-change-form.empty_hint': 'Los grupos reúnen a varios miembros para darles acceso de una vez.',
  'tk.email-change-form.members_one': str`${0} miembro`,
  'tk.email-change-form.members': str`${0} miembros`,
};

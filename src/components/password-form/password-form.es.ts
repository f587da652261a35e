import { str } from '@lit/localize';

/** Spanish for `<password-form>`. */
export const passwordForm = {
  'tk.password-form.title': 'Grupos',
  'tk.password-form.denied': 'No puedes ver los grupos de este espacio de trabajo',
  'tk.password-form.empty': 'Todavía no hay grupos',
  'tk.password-form.empty_hint': 'Los grupos reúnen a varios miembros para darles acceso de una vez.',
  'tk.password-form.members_one': str`${0} miembro`,
  'tk.password-form.members': str`${0} miembros`,
};

import { str } from '@lit/localize';

/** Spanish for `<phone-change-form>`. */
export const phoneChangeForm = {
  'tk.phone-change-form.title': 'Grupos',
  'tk.phone-change-form.denied': 'No puedes ver los grupos de este espacio de trabajo',
  'tk.phone-change-form.empty': 'Todavía no hay grupos',
  'tk.phone-change-form.empty_hint': 'Los grupos reúnen a varios miembros para darles acceso de una vez.',
  'tk.phone-change-form.members_one': str`${0} miembro`,
  'tk.phone-change-form.members': str`${0} miembros`,
};

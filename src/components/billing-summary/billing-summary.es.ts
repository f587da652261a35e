import { str } from '@lit/localize';

/** Spanish for `<billing-summary>`. */
export const billingSummary = {
  'tk.billing-summary.title': 'Grupos',
  'tk.billing-summary.denied': 'No puedes ver los grupos de este espacio de trabajo',
  'tk.billing-summary.empty': 'Todavía no hay grupos',
  'tk.billing-summary.empty_hint': 'Los grupos reúnen a varios miembros para darles acceso de una vez.',
  'tk.billing-summary.members_one': str`${0} miembro`,
  'tk.billing-summary.members': str`${0} miembros`,
};

import { str } from '@lit/localize';

/** Spanish for `<role-editor>`. */
export const roleEditor = {
  'tk.role-editor.title': 'Grupos',
  'tk.role-editor.denied': 'No puedes ver los grupos de este espacio de trabajo',
  'tk.role-editor.empty': 'Todavía no hay grupos',
  'tk.role-editor.empty_hint': 'Los grupos reúnen a varios miembros para darles acceso de una vez.',
  'tk.role-editor.members_one': str`${0} miembro`,
  'tk.role-editor.members': str`${0} miembros`,
};

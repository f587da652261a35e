import { str } from '@lit/localize';

/** Spanish for `<workspace-form>`. */
export const workspaceForm = {
  'tk.workspace-form.title': 'Grupos',
  'tk.workspace-form.denied': 'No puedes ver los grupos de este espacio de trabajo',
  'tk.workspace-form.empty': 'Todavía no hay grupos',
  'tk.workspace-form.empty_hint': 'Los grupos reúnen a varios miembros para darles acceso de una vez.',
  'tk.workspace-form.members_one': str`${0} miembro`,
  'tk.workspace-form.members': str`${0} miembros`,
};

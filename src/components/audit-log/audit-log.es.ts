import { str } from '@lit/localize';

/** Spanish for `<audit-log>`. */
export const auditLog = {
  'tk.audit-log.title': 'Grupos',
  'tk.audit-log.denied': 'No puedes ver los grupos de este espacio de trabajo',
  'tk.audit-log.empty': 'Todavía no hay grupos',
  'tk.audit-log.empty_hint': 'Los grupos reúnen a varios miembros para darles acceso de una vez.',
  'tk.audit-log.members_one': str`${0} miembro`,
  'tk.audit-log.members': str`${0} miembros`,
};

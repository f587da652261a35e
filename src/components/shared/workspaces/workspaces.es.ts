import { str } from '@lit/localize';

/** Spanish for what the workspace elements share: the "Create a workspace" dialog, deleting and leaving. */
export const workspaces = {
  'tk.workspaces.create_title': 'Crear un espacio de trabajo',
  'tk.workspaces.name': 'Nombre del espacio de trabajo',
  'tk.workspaces.create': 'Crear espacio de trabajo',
  'tk.workspaces.creating': 'Creando…',
  'tk.workspaces.created': str`Se ha creado ${0}`,
  'tk.workspaces.close': 'Cerrar',
  'tk.workspaces.allowance_one': str`Tu plan incluye ${0} espacio de trabajo. Eres propietario de ${1}.`,
  'tk.workspaces.allowance': str`Puedes ser propietario de hasta ${0} espacios de trabajo. Ahora lo eres de ${1}.`,
  'tk.workspaces.plan_title_one': str`Tu plan incluye ${0} espacio de trabajo y ya lo tienes`,
  'tk.workspaces.plan_title': str`Tu plan incluye ${0} espacios de trabajo y ya los tienes todos`,
  'tk.workspaces.plan_detail': 'Mejora a un plan de pago para crear más. Puedes seguir uniéndote a los espacios de trabajo a los que te inviten.',
  'tk.workspaces.limit_title': str`Eres propietario de ${0} espacios de trabajo, el máximo por cuenta`,
  'tk.workspaces.limit_detail': 'Elimina alguno que ya no necesites o pide a otra persona que cree el espacio de trabajo y te invite.',
  'tk.workspaces.delete_people_one': str`su ${0} miembro pierde el acceso al momento`,
  'tk.workspaces.delete_people': str`sus ${0} miembros pierden el acceso al momento`,
  'tk.workspaces.delete_title': str`¿Eliminar ${0}?`,
  'tk.workspaces.delete_message': str`Se elimina el espacio de trabajo para todos: ${0}, y se eliminan con él sus invitaciones, roles, grupos, dominios, claves de API, webhooks, registro de auditoría e historial de facturación. No se puede deshacer. Escribe el nombre del espacio de trabajo, ${1}, para confirmar.`,
  'tk.workspaces.delete': 'Eliminar espacio de trabajo',
  'tk.workspaces.leave_title': str`¿Salir de ${0}?`,
  'tk.workspaces.leave_message': 'Pierdes al momento el acceso a sus miembros, datos y ajustes. Para volver, alguien del espacio de trabajo tendrá que invitarte de nuevo.',
  'tk.workspaces.leave': 'Salir del espacio de trabajo',
};

import { str } from '@lit/localize';

/** Spanish for `<workspace-list>`. */
export const workspaceList = {
  'tk.workspace-list.title': 'Espacios de trabajo',
  'tk.workspace-list.create': 'Crear espacio de trabajo',
  'tk.workspace-list.empty': 'Todavía no estás en ningún espacio de trabajo',
  'tk.workspace-list.empty_hint': 'Crea uno o pide a alguien que te invite al suyo.',
  'tk.workspace-list.loaded_more_one': str`Se ha cargado ${0} espacio de trabajo más`,
  'tk.workspace-list.loaded_more': str`Se han cargado ${0} espacios de trabajo más`,
  'tk.workspace-list.column.name': 'Espacio de trabajo',
  'tk.workspace-list.column.created': 'Creado',
  'tk.workspace-list.column.role': 'Tu rol',
  'tk.workspace-list.column.actions': 'Acciones',
  'tk.workspace-list.current': 'Actual',
  'tk.workspace-list.switch': 'Cambiar',
  'tk.workspace-list.switch_to': str`Cambiar a ${0}`,
  'tk.workspace-list.delete': 'Eliminar',
  'tk.workspace-list.delete_named': str`Eliminar ${0}`,
  'tk.workspace-list.deleting': 'Eliminando…',
  'tk.workspace-list.deleted': str`Se ha eliminado ${0}`,
  'tk.workspace-list.delete_failed': str`No se ha podido eliminar ${0}`,
  'tk.workspace-list.leave': 'Salir',
  'tk.workspace-list.leave_named': str`Salir de ${0}`,
  'tk.workspace-list.leaving': 'Saliendo…',
  'tk.workspace-list.left': str`Has salido de ${0}`,
  'tk.workspace-list.leave_failed': str`No se ha podido salir de ${0}`,
};

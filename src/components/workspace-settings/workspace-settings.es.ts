/** Spanish for `<workspace-settings>`. */
export const workspaceSettings = {
  'tk.workspace-settings.label': 'Ajustes del espacio de trabajo',
  'tk.workspace-settings.general': 'General',
  'tk.workspace-settings.members': 'Miembros',
  'tk.workspace-settings.invite': 'Invitar a personas',
  'tk.workspace-settings.invitations': 'Invitaciones',
  'tk.workspace-settings.roles': 'Roles',
  'tk.workspace-settings.groups': 'Grupos',
  'tk.workspace-settings.domains': 'Dominios',
  'tk.workspace-settings.danger_zone': 'Zona de peligro',
  'tk.workspace-settings.developer': 'Desarrolladores',
  'tk.workspace-settings.audit_log': 'Registro de auditoría',
  'tk.workspace-settings.billing': 'Facturación',
};

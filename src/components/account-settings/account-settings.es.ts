/** Spanish for `<account-settings>`. */
export const accountSettings = {
  'tk.account-settings.label': 'Ajustes de la cuenta',
  'tk.account-settings.profile': 'Perfil',
  'tk.account-settings.security': 'Seguridad',
  'tk.account-settings.notifications': 'Notificaciones',
  'tk.account-settings.privacy': 'Privacidad',
};

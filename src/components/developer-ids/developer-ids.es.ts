/** Spanish for `<developer-ids>`. */
export const developerIds = {
  'tk.developer-ids.title': 'Identificadores para desarrollo',
  'tk.developer-ids.user': 'Tu id. de usuario',
  'tk.developer-ids.user_hint': 'Te identifica en todos los espacios de trabajo, por ejemplo cuando lo pide el equipo de soporte.',
  'tk.developer-ids.copy_user': 'Copiar tu id. de usuario',
  'tk.developer-ids.workspace': 'Id. del espacio de trabajo',
  'tk.developer-ids.workspace_hint': 'Identifica este espacio de trabajo en las llamadas a la API.',
  'tk.developer-ids.copy_workspace': 'Copiar el id. del espacio de trabajo',
  'tk.developer-ids.api': 'URL base de la API',
  'tk.developer-ids.api_hint': 'Todas las rutas de la API empiezan aquí.',
  'tk.developer-ids.copy_api': 'Copiar la URL base de la API',
};

import { str } from '@lit/localize';

/** Spanish for the copy buttons (`clipboard.ts`) and the one-time secret dialog (`one-time-secret.ts`). */
export const secrets = {
  'tk.copy.copy': 'Copiar',
  'tk.copy.copied': 'Copiado',
  'tk.copy.manual': str`No se ha podido copiar automáticamente. Está seleccionado: pulsa ${0} para copiarlo.`,
  'tk.secret.why': 'No se volverá a mostrar: cuando se cierre esto, nadie podrá leerlo, ni siquiera un administrador.',
  'tk.secret.store': 'Cópialo ahora y guárdalo en un lugar seguro, como un gestor de contraseñas o tu almacén de secretos.',
  'tk.secret.copy': 'Copiar el secreto',
  'tk.secret.stored': 'Lo he guardado en un lugar seguro',
  'tk.secret.stored_hint': 'Necesario para cerrar esta ventana.',
  'tk.secret.refused': 'Confirma primero que lo has guardado',
  'tk.secret.done': 'Hecho',
};

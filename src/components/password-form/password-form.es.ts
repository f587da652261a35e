import { str } from '@lit/localize';

/** Spanish for `<password-form>`. */
export const passwordForm = {
  'tk.password-form.title': 'Cambiar la contraseña',
  'tk.password-form.current': 'Contraseña actual',
  'tk.password-form.new': 'Contraseña nueva',
  'tk.password-form.new_hint': 'Combinar letras, números y símbolos la hace más segura.',
  'tk.password-form.repeat': 'Repite la contraseña nueva',
  'tk.password-form.same': 'Elige una contraseña distinta de la actual.',
  'tk.password-form.repeat_missing': 'Vuelve a escribir la contraseña nueva.',
  'tk.password-form.mismatch': 'Las contraseñas no coinciden.',
  'tk.password-form.submit': 'Cambiar la contraseña',
  'tk.password-form.changing': 'Cambiando la contraseña…',
  'tk.password-form.changed': 'Contraseña cambiada',
  'tk.password-form.revoked_none': 'No había ningún otro dispositivo con la sesión iniciada.',
  'tk.password-form.revoked_one': str`Se ha cerrado la sesión en ${0} dispositivo más.`,
  'tk.password-form.revoked': str`Se ha cerrado la sesión en ${0} dispositivos más.`,
};

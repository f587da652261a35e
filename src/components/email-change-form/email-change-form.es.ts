import { str } from '@lit/localize';

/** Spanish for `<email-change-form>`. */
export const emailChangeForm = {
  'tk.email-change-form.title': 'Cambiar el correo electrónico',
  'tk.email-change-form.current': 'Tu correo electrónico:',
  'tk.email-change-form.new': 'Correo electrónico nuevo',
  'tk.email-change-form.new_hint': 'Te enviaremos un código para comprobar que es tuyo.',
  'tk.email-change-form.password': 'Contraseña actual',
  'tk.email-change-form.same': 'Ya es tu correo electrónico.',
  'tk.email-change-form.taken': 'Otra cuenta ya usa esta dirección. Usa otra.',
  'tk.email-change-form.code': 'Código del correo',
  'tk.email-change-form.sent_to': str`Hemos enviado un código de 6 dígitos a ${0}.`,
  'tk.email-change-form.changed': str`Tu correo electrónico ahora es ${0}`,
  'tk.email-change-form.cancelled': 'Cambio de correo electrónico cancelado',
};

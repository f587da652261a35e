import { str } from '@lit/localize';

/** Spanish for `<phone-change-form>`. */
export const phoneChangeForm = {
  'tk.phone-change-form.title': 'Cambiar el número de teléfono',
  'tk.phone-change-form.none': 'Todavía no has añadido un número de teléfono.',
  'tk.phone-change-form.current': 'Tu número de teléfono:',
  'tk.phone-change-form.new': 'Número de teléfono nuevo',
  'tk.phone-change-form.number': 'Número de teléfono',
  'tk.phone-change-form.hint': 'Te enviaremos un código por SMS para comprobar que es tuyo.',
  'tk.phone-change-form.password': 'Contraseña actual',
  'tk.phone-change-form.same': 'Ya es tu número de teléfono.',
  'tk.phone-change-form.code': 'Código del SMS',
  'tk.phone-change-form.sent_to': str`Hemos enviado un código de 6 dígitos por SMS al ${0}.`,
  'tk.phone-change-form.changed': str`Tu número de teléfono ahora es ${0} y está verificado`,
  'tk.phone-change-form.cancelled': 'Cambio de número de teléfono cancelado',
};

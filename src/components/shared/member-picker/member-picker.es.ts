import { str } from '@lit/localize';

/** Spanish for the shared member picker. */
export const memberPicker = {
  'tk.picker.searching': 'Buscando…',
  'tk.picker.failed': str`No se ha podido buscar: ${0}. Pulsa Abajo para volver a intentarlo.`,
  'tk.picker.none': str`Ningún miembro coincide con «${0}».`,
  'tk.picker.empty': 'No hay miembros que elegir.',
  'tk.picker.some': str`Se muestran ${0} de ${1} miembros. Sigue escribiendo para acotar la lista.`,
  'tk.picker.found_one': str`${0} miembro encontrado.`,
  'tk.picker.found': str`${0} miembros encontrados.`,
};

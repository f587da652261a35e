import { str } from '@lit/localize';

/** Spanish for the settings pages' shared section mechanism. */
export const sections = {
  'tk.sections.loading': str`Cargando ${0}…`,
};

import { str } from '@lit/localize';

/** Spanish for the shared controllers' strings: the list footer and the bulk action summary. */
export const controllers = {
  'tk.list.showing': str`Mostrando ${0} de ${1}`,
  'tk.list.load_more': 'Cargar más',
  'tk.list.more_failed': 'No se han podido cargar más.',
  'tk.list.more_failed_detail': 'Vuelve a intentarlo. Si sigue ocurriendo, recarga la página.',
  'tk.action.cancelled': 'Se ha cancelado',
  'tk.action.bulk_failed': str`Con error (${0}): ${1}.`,
  'tk.action.bulk_skipped': str`Sin intentar (${0}): ${1}.`,
};

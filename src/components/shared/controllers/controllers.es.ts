import { str } from '@lit/localize';

/** Spanish for the shared controllers' strings: the list footer, the bulk action summary and the image upload. */
export const controllers = {
  'tk.list.showing': str`Mostrando ${0} de ${1}`,
  'tk.list.load_more': 'Cargar más',
  'tk.list.more_failed': 'No se han podido cargar más.',
  'tk.list.more_failed_detail': 'Vuelve a intentarlo. Si sigue ocurriendo, recarga la página.',
  'tk.action.cancelled': 'Se ha cancelado',
  'tk.action.bulk_failed': str`Con error (${0}): ${1}.`,
  'tk.action.bulk_skipped': str`Sin intentar (${0}): ${1}.`,
  'tk.image.hint': str`PNG, JPEG, GIF o WebP, hasta ${0}.`,
  'tk.image.uploading': 'Subiendo…',
  'tk.image.removing': 'Quitando…',
  'tk.image.type': 'Usa una imagen PNG, JPEG, GIF o WebP.',
  'tk.image.size': str`Esta imagen ocupa ${0}. Usa una de ${1} o menos.`,
  'tk.image.size_limit': str`La imagen debe ocupar ${0} o menos.`,
};

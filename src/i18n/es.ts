/** Spanish (español). */
import type { Translation } from '../core/i18n.js';

const translation: Translation = {
  lang: 'es',
  credit: 'Fuente:',
  counter: (n, total) => `Imagen ${n} de ${total}`,
  previous: 'Imagen anterior',
  next: 'Imagen siguiente',
  close: 'Cerrar',
  source: 'Fuente',
  imageError: (alt) => `No se ha podido cargar la imagen${alt ? ` «${alt}»` : ''}.`,
  retry: 'Reintentar',
  fullscreen: 'Pantalla completa',
  thumbnails: 'Todas las imágenes',
  quotes: ['«', '»'],
};

export default translation;

/** Registers `<report-gallery>`. Importing this module is the side effect; the class is re-exported. */
import { ReportGallery } from './gallery.js';

if (!customElements.get('report-gallery')) customElements.define('report-gallery', ReportGallery);

declare global {
  interface HTMLElementTagNameMap {
    'report-gallery': ReportGallery;
  }
}

export { ReportGallery };
export type { Gallery } from './gallery.schema.js';

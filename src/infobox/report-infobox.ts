/** Registers `<report-infobox>`. Importing this module is the side effect; the class is re-exported. */
import { ReportInfobox } from './infobox.js';

if (!customElements.get('report-infobox')) customElements.define('report-infobox', ReportInfobox);

declare global {
  interface HTMLElementTagNameMap {
    'report-infobox': ReportInfobox;
  }
}

export { ReportInfobox };
export type { Infobox, InfoboxLink } from './infobox.schema.js';

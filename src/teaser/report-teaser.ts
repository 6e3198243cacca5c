/** Registers `<report-teaser>`. Importing this module is the side effect; the class is re-exported. */
import { ReportTeaser } from './teaser.js';

if (!customElements.get('report-teaser')) customElements.define('report-teaser', ReportTeaser);

declare global {
  interface HTMLElementTagNameMap {
    'report-teaser': ReportTeaser;
  }
}

export { ReportTeaser };
export type { Teaser } from './teaser.schema.js';

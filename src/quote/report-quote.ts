/** Registers `<report-quote>`. Importing this module is the side effect; the class is re-exported. */
import { ReportQuote } from './quote.js';

if (!customElements.get('report-quote')) customElements.define('report-quote', ReportQuote);

declare global {
  interface HTMLElementTagNameMap {
    'report-quote': ReportQuote;
  }
}

export { ReportQuote };
export type { Quote } from './quote.schema.js';

import { html, nothing } from 'lit';
import { ReportElement } from '../core/element.js';
import { img, inline } from '../core/render.js';
import { quote, type Quote } from './quote.schema.js';
import { quoteStyles } from './quote.styles.js';

/**
 * A quotation with its attribution: `<figure><blockquote>…</blockquote><figcaption>`, the speaker outside
 * the quote as the HTML spec asks. Quotation marks follow the quote's language (`lang` in the data, else the
 * page's: „…“, “…”, «…»).
 *
 * @summary Quote block with author, role, source link and optional portrait.
 *
 * @attr data - The content as JSON text, shaped as `Quote` (docs/content.md); other sources: docs/elements.md.
 *
 * @csspart quote - The `<blockquote>`.
 * @csspart text - The quoted paragraph.
 * @csspart attribution - The `<figcaption>` with portrait, author, role and source.
 * @csspart portrait - The speaker's image.
 * @csspart author - The speaker's name.
 * @csspart role - The speaker's role.
 * @csspart source - The link to `cite`.
 *
 * @cssprop --report-quote-accent - Colour of the bar beside the quote (default: `--report-accent`).
 * @cssprop --report-quote-font-family - Font of the quoted text (default: the heading font).
 * @cssprop --report-quote-font-size - Size of the quoted text (default: `1.25em`).
 *
 * @event report-error - Invalid content; `detail.errors` lists `{path, message}`.
 *
 * @example
 * ```html
 * <report-quote data='{"text":"Vertrauen ist keine Einbahnstraße.","author":"Doreen Barth","role":"Coachin im Projekt L.IGA"}'></report-quote>
 * ```
 */
export class ReportQuote extends ReportElement<Quote> {
  static override styles = [ReportElement.styles, quoteStyles];

  protected readonly check = quote;

  protected readMarkup() {
    return import('./quote.markup.js').then((m) => m.readQuote);
  }

  protected renderModel(q: Quote) {
    const [open, close] = this.localize.quotes(q.lang);
    return html`<figure lang=${q.lang ?? nothing}>
      <blockquote part="quote" cite=${q.cite ?? nothing}>
        <p part="text">${open}${inline(q.text)}${close}</p>
      </blockquote>
      ${
        q.author || q.role || q.cite
          ? html`<figcaption part="attribution">
            ${q.image ? img(q.image, { path: 'image', part: 'portrait' }) : nothing}
            <span>
              ${q.author ? html`<span part="author">${q.author}</span>` : nothing}${
                q.author && q.role ? html`<span class="sr-only">, </span>` : nothing
              }${q.role ? html`<span part="role">${q.role}</span>` : nothing}
              ${q.cite ? html`<a part="source" href=${q.cite}>${this.localize.strings.source}</a>` : nothing}
            </span>
          </figcaption>`
          : nothing
      }
    </figure>`;
  }
}

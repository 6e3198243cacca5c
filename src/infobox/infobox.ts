import { html, nothing } from 'lit';
import { ReportElement } from '../core/element.js';
import { heading, inline, kicker } from '../core/render.js';
import { infobox, type Infobox } from './infobox.schema.js';
import { infoboxStyles } from './infobox.styles.js';

/**
 * A box of background information: `<aside>` labelled by its title (a complementary landmark, never
 * `role=alert`), body paragraphs with inline links and an optional list of further links.
 *
 * @summary Infobox: labelled aside with paragraphs and links.
 *
 * @attr data - The content as JSON text, shaped as `Infobox` (docs/content.md); other sources: docs/elements.md.
 * @attr heading-level - Level of the title heading, 1–6 (default 2).
 *
 * @csspart box - The `<aside>`.
 * @csspart title - The heading.
 * @csspart kicker - The label above the title.
 * @csspart body - The wrapper of the paragraphs.
 * @csspart links - The link list.
 *
 * @cssprop --report-infobox-surface - Background (default: a tint of the accent colour).
 * @cssprop --report-infobox-accent - Colour of the bar at the start edge (default: `--report-accent`).
 *
 * @event report-error - Invalid content; `detail.errors` lists `{path, message}`.
 *
 * @example
 * ```html
 * <report-infobox data='{"label":"Infobox","title":"No Limit","body":["Das Projekt No Limit …"]}'></report-infobox>
 * ```
 */
export class ReportInfobox extends ReportElement<Infobox> {
  static override styles = [ReportElement.styles, infoboxStyles];

  protected readonly check = infobox;

  protected readMarkup() {
    return import('./infobox.markup.js').then((m) => m.readInfobox);
  }

  protected renderModel(b: Infobox) {
    return html`<aside part="box" lang=${b.lang ?? nothing} aria-labelledby="title">
      ${heading(html`${kicker(b.label)}${b.title}`, { level: this.level, id: 'title' })}
      <div part="body">${b.body.map((p) => html`<p>${inline(p)}</p>`)}</div>
      ${
        b.links?.length
          ? html`<ul part="links">
            ${b.links.map((l) => html`<li>${l.href ? html`<a href=${l.href}>${l.text}</a>` : l.text}</li>`)}
          </ul>`
          : nothing
      }
    </aside>`;
  }
}

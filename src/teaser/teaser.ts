import { html, nothing } from 'lit';
import { ReportElement } from '../core/element.js';
import { date, figure, heading, kicker } from '../core/render.js';
import { teaser, type Teaser } from './teaser.schema.js';
import { teaserStyles } from './teaser.styles.js';

/**
 * A teaser card for a report: `<article>` with the heading first in reading order, exactly one link (the
 * title, stretched over the card), date, summary and an image with its credit. No fixed heights or line
 * clamps: the card grows with its text. From 36rem of column width the image sits beside the text.
 *
 * @summary Article teaser card with one stretched link.
 *
 * @attr data - The content as JSON text, shaped as `Teaser` (docs/content.md); other sources: docs/elements.md.
 * @attr heading-level - Level of the title heading, 1–6 (default 2).
 * @attr priority - Load the image at once with high priority (for a teaser above the fold); lazy otherwise.
 *
 * @csspart title - The heading.
 * @csspart kicker - The line above the title.
 * @csspart link - The title link (stretched over the card).
 * @csspart date - The `<time>`.
 * @csspart summary - The summary paragraph.
 * @csspart figure - The image `<figure>`.
 * @csspart image - The `<img>`.
 * @csspart caption - The image credit.
 * @csspart credit - The credit text.
 *
 * @cssprop --report-teaser-title-size - Font size of the title (default `1.25em`).
 *
 * @event report-error - Invalid content; `detail.errors` lists `{path, message}`.
 *
 * @example
 * ```html
 * <report-teaser heading-level="3"
 *   data='{"title":"Erfahrungsaustausch","href":"/bericht","date":"2023-12-19"}'></report-teaser>
 * ```
 */
export class ReportTeaser extends ReportElement<Teaser> {
  static override styles = [ReportElement.styles, teaserStyles];

  static override properties = {
    priority: { type: Boolean },
  };

  protected readonly check = teaser;

  protected readMarkup() {
    return import('./teaser.markup.js').then((m) => m.readTeaser);
  }

  /** The teaser is the first thing a reader sees: load its image at once, with high priority. */
  declare priority: boolean;

  protected renderModel(t: Teaser) {
    // The kicker stays outside the link: the heading reads "Kicker: Title", the link just "Title".
    const title = html`${kicker(t.kicker)}${t.href ? html`<a part="link" href=${t.href}>${t.title}</a>` : t.title}`;
    // The text in one box beside (or under) the figure: the layout switches with the column's width by
    // flex-wrap alone (teaser.styles.ts), with no size container on the host.
    return html`<article lang=${t.lang ?? nothing}>
      <div class="text">
        ${heading(title, { level: this.level })} ${date(t.date, this.localize, t.lang)}
        ${t.summary ? html`<p part="summary">${t.summary}</p>` : nothing}
      </div>
      ${
        t.image
          ? figure({ ...t.image, title: undefined, caption: undefined }, this.localize, {
              path: 'image',
              eager: this.priority,
            })
          : nothing
      }
    </article>`;
  }
}

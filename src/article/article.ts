import { html, nothing } from 'lit';
import { ReportElement } from '../core/element.js';
import { clampLevel, date, figure, heading, inline, kicker } from '../core/render.js';
import { article, type Article, type Block } from './article.schema.js';
import { articleStyles } from './article.styles.js';

/**
 * A whole report from one JSON document: title, date, lead, main image and the body blocks in order.
 * Quotes, galleries and infoboxes render through `<report-quote>`, `<report-gallery>` and
 * `<report-infobox>` (registered together with this element), with headings nested one level below the
 * title. The whole document is validated here, so errors carry full paths such as `blocks[7].images[2].alt`.
 *
 * @summary A whole report: title, lead, image and blocks.
 *
 * @attr data - The content as JSON text, shaped as `Article` (docs/content.md); other sources: docs/elements.md.
 * @attr heading-level - Level of the title, 1–6 (default 1); section headings, gallery and infobox titles
 *   are one level below.
 *
 * @csspart title - The report title.
 * @csspart kicker - The line above the title.
 * @csspart date - The `<time>`.
 * @csspart lead - The lead paragraph.
 * @csspart figure - An image `<figure>` (main image and image blocks).
 * @csspart image - An image.
 * @csspart caption - An image caption.
 * @csspart credit - An image credit.
 * @csspart heading - A section heading.
 * @csspart paragraph - A body paragraph.
 *
 * @cssprop --report-article-max-width - Measure of the text column (default `48rem`).
 * @cssprop --report-article-title-size - Font size of the title (default: fluid, 1.375em–2.5em).
 *
 * @event report-error - Invalid content; `detail.errors` lists `{path, message}` with full paths.
 *
 * @example
 * ```html
 * <report-article>
 *   <script type="application/json">{"title":"Erfahrungsaustausch","blocks":[{"type":"paragraph","text":"…"}]}</script>
 * </report-article>
 * ```
 */
export class ReportArticle extends ReportElement<Article> {
  static override styles = [ReportElement.styles, articleStyles];

  protected readonly check = article;

  protected readMarkup() {
    return import('./article.markup.js').then((m) => m.readArticle);
  }

  protected override defaultLevel = 1;

  protected renderModel(a: Article) {
    return html`<article lang=${a.lang ?? nothing}>
      <header>
        ${heading(html`${kicker(a.kicker)}${a.title}`, { level: this.level })} ${date(a.date, this.localize, a.lang)}
        ${a.lead ? html`<p part="lead">${inline(a.lead)}</p>` : nothing}
      </header>
      ${a.image ? figure(a.image, this.localize, { path: 'image', eager: true }) : nothing} ${a.blocks.map(this.#renderBlock)}
    </article>`;
  }

  // Nested elements get already-validated data, so they report nothing twice.
  #renderBlock = (b: Block, i: number) => {
    const sub = clampLevel(this.level + 1);
    switch (b.type) {
      case 'heading':
        return heading(b.text, { level: sub, part: 'heading' });
      case 'paragraph':
        return html`<p part="paragraph">${inline(b.text)}</p>`;
      case 'image':
        return figure(b, this.localize, { path: `blocks[${i}]` });
      case 'quote':
        return html`<report-quote .data=${b}></report-quote>`;
      case 'gallery':
        return html`<report-gallery .data=${b} heading-level=${sub}></report-gallery>`;
      case 'infobox':
        return html`<report-infobox .data=${b} heading-level=${sub}></report-infobox>`;
    }
  };
}

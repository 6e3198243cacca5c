import { paragraph, type Paragraph } from '../core/schema.js';
import { array, langTag, object, opt, soft, text, url, type Agreed, type Check, type Infer } from '../core/validate.js';

/** A link in the infobox's link list. */
export interface InfoboxLink {
  /** The link text. */
  text: string;
  /** Where the link leads. A missing or rejected URL is reported and the entry renders as plain text. */
  href?: string;
}

/** The shape of {@link InfoboxLink}. */
export const infoboxLinkFields = { text, href: soft(url('link')) };

/** Content of `<report-infobox>`. */
export interface Infobox {
  /** Small label above the title, e.g. "Infobox" or "Hintergrund". */
  label?: string;
  /** The title; it names the `<aside>` landmark. */
  title: string;
  /** Paragraphs with inline links (at least one). */
  body: Paragraph[];
  /** Further links, shown as a list. */
  links?: InfoboxLink[];
  /** Language of the infobox (BCP 47, e.g. `de`), when it may differ from the page's. */
  lang?: string;
}

/** The shape of {@link Infobox}. */
export const infoboxFields = {
  label: opt(text),
  title: text,
  body: array(paragraph, 1),
  links: opt(array(object(infoboxLinkFields) satisfies Check<Agreed<InfoboxLink, Infer<typeof infoboxLinkFields>>>)),
  lang: opt(langTag),
};

/** Content of `<report-infobox>`. */
export const infobox: Check<Agreed<Infobox, Infer<typeof infoboxFields>>> = object(infoboxFields);

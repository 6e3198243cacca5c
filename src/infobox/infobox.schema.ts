import { paragraph } from '../core/schema.js';
import { array, langTag, object, opt, soft, text, url, type Check, type Infer } from '../core/validate.js';

export const infoboxLinkFields = {
  /** The link text. */
  text,
  /** Where the link leads. A missing or rejected URL is reported and the entry renders as plain text. */
  href: soft(url('link')),
};

/** A link in the infobox's link list. */
export type InfoboxLink = Infer<typeof infoboxLinkFields>;

export const infoboxFields = {
  /** Small label above the title, e.g. "Infobox" or "Hintergrund". */
  label: opt(text),
  /** The title; it names the `<aside>` landmark. */
  title: text,
  /** Paragraphs with inline links (at least one). */
  body: array(paragraph, 1),
  /** Further links, shown as a list. */
  links: opt(array(object(infoboxLinkFields))),
  /** Language of the infobox (BCP 47, e.g. `de`), when it may differ from the page's. */
  lang: opt(langTag),
};

/** Content of `<report-infobox>`. */
export type Infobox = Infer<typeof infoboxFields>;

/** Content of `<report-infobox>`. */
export const infobox: Check<Infobox> = object(infoboxFields);

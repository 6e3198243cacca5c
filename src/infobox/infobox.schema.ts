import { paragraph, type Paragraph } from '../core/schema.js';
import { array, object, opt, soft, text, url, type Check } from '../core/validate.js';

/** A link in the infobox's link list. */
export interface InfoboxLink {
  text: string;
  /** A missing or rejected URL is reported and the entry renders as plain text. */
  href?: string;
}

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
}

export const infoboxFields = {
  label: opt(text),
  title: text,
  body: array(paragraph, 1),
  links: opt(array(object({ text, href: soft(url('link')) }))),
};

export const infobox: Check<Infobox> = object(infoboxFields);

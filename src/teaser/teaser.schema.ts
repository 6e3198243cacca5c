import { image, type Image } from '../core/schema.js';
import { isoDate, object, opt, text, url, type Check } from '../core/validate.js';

/** Content of `<report-teaser>`. */
export interface Teaser {
  /** Short line above the title (topic, series). Read as part of the heading. */
  kicker?: string;
  /** The title; becomes the card's only link when `href` is set. */
  title: string;
  /** Where the teaser leads. A rejected URL is reported and the title renders without a link. */
  href?: string;
  /** Publication date, `YYYY-MM-DD`. */
  date?: string;
  /** One or two sentences about the report. */
  summary?: string;
  /** Teaser image, shown with its credit. */
  image?: Image;
}

export const teaser: Check<Teaser> = object({
  kicker: opt(text),
  title: text,
  href: opt(url('link')),
  date: opt(isoDate),
  summary: opt(text),
  image: opt(image),
});

import { image, type Image } from '../core/schema.js';
import { isoDate, langTag, object, opt, text, url, type Agreed, type Check, type Infer } from '../core/validate.js';

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
  /** Language of the teaser (BCP 47, e.g. `de`), when it may differ from the page's; its date follows it. */
  lang?: string;
}

/** The shape of {@link Teaser}. */
export const teaserFields = {
  kicker: opt(text),
  title: text,
  href: opt(url('link')),
  date: opt(isoDate),
  summary: opt(text),
  image: opt(image),
  lang: opt(langTag),
};

/** Content of `<report-teaser>`. */
export const teaser: Check<Agreed<Teaser, Infer<typeof teaserFields>>> = object(teaserFields);

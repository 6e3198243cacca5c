import { image } from '../core/schema.js';
import { isoDate, langTag, object, opt, text, url, type Check, type Infer } from '../core/validate.js';

export const teaserFields = {
  /** Short line above the title (topic, series). Read as part of the heading. */
  kicker: opt(text),
  /** The title; becomes the card's only link when `href` is set. */
  title: text,
  /** Where the teaser leads. A rejected URL is reported and the title renders without a link. */
  href: opt(url('link')),
  /** Publication date, `YYYY-MM-DD`. */
  date: opt(isoDate),
  /** One or two sentences about the report. */
  summary: opt(text),
  /** Teaser image, shown with its credit. */
  image: opt(image),
  /** Language of the teaser (BCP 47, e.g. `de`), when it may differ from the page's; its date follows it. */
  lang: opt(langTag),
};

/** Content of `<report-teaser>`. */
export type Teaser = Infer<typeof teaserFields>;

/** Content of `<report-teaser>`. */
export const teaser: Check<Teaser> = object(teaserFields);

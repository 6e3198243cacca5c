import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
// Written by `npm run analyze` (cem analyze --litelement); run it before starting Storybook.
import manifest from '../custom-elements.json';
import './preview.css';

// ----------------------------------------------------------------------------------------------- Manifest

interface Member {
  name: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  members?: Member[];
  attributes?: { name: string; fieldName?: string }[];
}

/**
 * The analyzer lists private and protected class members too (and an attribute for a private reactive
 * state field); they are not the public API, so keep them out of the docs tables and controls.
 */
function publicOnly<T>(cem: T): T {
  const copy = structuredClone(cem) as { modules?: { declarations?: Declaration[] }[] };
  for (const mod of copy.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      const hidden = new Set(
        (decl.members ?? [])
          .filter((m) => m.privacy === 'private' || m.privacy === 'protected' || m.static)
          .map((m) => m.name),
      );
      decl.members = decl.members?.filter((m) => !hidden.has(m.name));
      decl.attributes = decl.attributes?.filter((a) => !a.fieldName || !hidden.has(a.fieldName));
    }
  }
  return copy as T;
}

setCustomElementsManifest(publicOnly(manifest));

/** Manifest rows that are documentation only: events, CSS properties and parts get no control. */
const DOCS_ONLY = new Set(['events', 'css custom properties', 'css shadow parts']);
/** Properties that mirror an attribute with a control already (`data`, `heading-level`). */
const MIRRORS = new Set(['dataJson', 'headingLevel']);

const docsOnlyRows: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) =>
      DOCS_ONLY.has(String(argType.table?.category)) || MIRRORS.has(name)
        ? [name, { ...argType, control: false }]
        : [name, argType],
    ),
  );

// ---------------------------------------------------------------------------------------------- Globals

/** The built-in languages, with their names in themselves; right-to-left ones set `dir="rtl"` on the page. */
const LANGUAGES = {
  de: 'Deutsch',
  en: 'English',
  fr: 'Français',
  it: 'Italiano',
  es: 'Español',
  pl: 'Polski',
  ro: 'Română',
  tr: 'Türkçe',
  ru: 'Русский',
  uk: 'Українська',
  ar: 'العربية',
  fa: 'فارسی',
} as const;
const RTL = new Set<string>(['ar', 'fa']);
type Lang = keyof typeof LANGUAGES;
type Theme = 'light' | 'dark' | 'brand';
type Dir = 'ltr' | 'rtl';
type Width = 'full' | '320' | '600' | '1000';

/**
 * Wraps every story in a "host page": `lang`, `dir`, a theme class and a width frame, all from the toolbar
 * (or from a story's `globals`). Classes and a stylesheet, no inline styles.
 */
const withHostPage: Decorator = (story, context) => {
  const lang = (context.globals.lang as Lang | undefined) ?? 'de';
  const theme = (context.globals.theme as Theme | undefined) ?? 'light';
  // A page in Arabic or Persian is right to left; the toolbar's direction applies to the others.
  const dir = RTL.has(lang) ? 'rtl' : ((context.globals.dir as Dir | undefined) ?? 'ltr');
  const width = (context.globals.width as Width | undefined) ?? 'full';
  const page = context.viewMode === 'story' ? ' sb-report--page' : '';
  // The elements follow a change of `lang` themselves (one observer for the page): no fresh DOM needed.
  return html`<div class="sb-report sb-report--${theme}${page}" lang=${lang} dir=${dir}>
    <div class="sb-report__frame sb-report__frame--${width}">${story()}</div>
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withHostPage],
  argTypesEnhancers: [docsOnlyRows],
  globalTypes: {
    lang: {
      description: 'Language of the host page (lang attribute on the wrapper)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: Object.entries(LANGUAGES).map(([value, name]) => ({ value, title: `${name} (${value})`, right: value })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Host page theme: light, dark (color-scheme: dark) or a brand theme set through --report-* tokens',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark (color-scheme: dark)' },
          { value: 'brand', title: 'Brand (--report-* tokens)' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Writing direction of the host page (dir attribute on the wrapper)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right (ltr)' },
          { value: 'rtl', title: 'Right to left (rtl)' },
        ],
        dynamicTitle: true,
      },
    },
    width: {
      description: 'Width of the container the story sits in',
      toolbar: {
        title: 'Width',
        icon: 'grow',
        items: [
          { value: 'full', title: 'Full width' },
          { value: '320', title: '320 px' },
          { value: '600', title: '600 px' },
          { value: '1000', title: '1000 px' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'de', theme: 'light', dir: 'ltr', width: 'full' },
  parameters: {
    // The wrapper is the page (padding, background); Storybook adds none of its own.
    layout: 'fullscreen',
    // Violations fail the story's a11y check instead of being listed as "todo".
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: { headingSelector: 'h2, h3' } },
    options: {
      storySort: {
        order: ['Introduction', 'Elements', ['Article', 'Teaser', 'Quote', 'Gallery', 'Infobox'], 'Languages'],
      },
    },
  },
};

export default preview;

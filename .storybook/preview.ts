import { setCustomElementsManifest, type ArgTypes, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
// Written by `npm run analyze` (cem analyze --litelement); run it before starting Storybook.
import manifest from '../custom-elements.json';
import { argTypesFor, type Manifest } from '../stories/argtypes.js';
import './preview.css';

// ----------------------------------------------------------------------------------------------- Manifest

// The component descriptions come from the manifest through Storybook; the tables and controls from
// stories/argtypes.ts (one row per public name, controls by type, methods, no internal attributes).
setCustomElementsManifest(manifest);
const extractArgTypes = (tagName: string) => argTypesFor(manifest as Manifest, tagName) as ArgTypes;

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
    docs: { toc: { headingSelector: 'h2, h3' }, extractArgTypes },
    options: {
      storySort: {
        order: ['Introduction', 'Elements', ['Article', 'Teaser', 'Quote', 'Gallery', 'Infobox'], 'Languages'],
      },
    },
  },
};

export default preview;

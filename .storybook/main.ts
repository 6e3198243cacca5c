import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for report-elements. Run `npm run analyze` first: preview.ts reads ../custom-elements.json.
 * The source uses Lit's `static properties` (no decorators), so Vite needs no extra transform.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // The seed refers to its images as relative `images/<file>.svg`; iframe.html sits at the root, so serve
  // the fixtures at /images.
  staticDirs: [{ from: '../test/fixtures/images', to: '/images' }],
  // No internet on the build machines, and no reason to phone home anyway.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (vite) => ({
    ...vite,
    // The renderer imports `lit/directive-helpers.js`, which the dev optimizer would otherwise serve raw next to
    // its pre-bundled `lit`: two copies of lit-html ("Multiple versions of Lit loaded"). Pre-bundle them together.
    optimizeDeps: {
      ...vite.optimizeDeps,
      include: [...(vite.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js', 'lit/directives/keyed.js'],
    },
    // The dev server watches the project root; build output and other tools' scratch folders are not sources.
    server: {
      ...vite.server,
      watch: {
        ...vite.server?.watch,
        ignored: ['**/dist/**', '**/storybook-static/**', '**/coverage/**', '**/.bench/**'],
      },
    },
  }),
};

export default config;

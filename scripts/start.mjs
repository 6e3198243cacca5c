/**
 * `npm start`: install if needed, build, and serve the demo page of the seed report under a strict CSP.
 * (`npm run storybook` serves the component workshop.)
 */
import { installIfNeeded, steps } from './run.mjs';

const port = process.env.PORT ?? '8000';
await steps([...installIfNeeded(), ['build', 'npm', ['run', '-s', 'build']]]);
const { serve } = await import('./serve.mjs');
await serve('dist', Number(port));
console.log(`\nDemo (strict CSP): http://127.0.0.1:${port}/demo/   (Ctrl+C stops; Storybook: npm run storybook)`);

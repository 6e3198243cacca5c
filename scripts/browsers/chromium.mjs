// Chromium from Debian, driven by puppeteer-core over CDP.
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS } from '../chromium.mjs';

/** @type {import('./index.mjs').Engine} */
export const chromium = {
  name: 'Chromium',
  install: 'apt-get install -y chromium',
  requires: (env) => [env.CHROME_PATH || '/usr/bin/chromium'],
  async create(env, processes) {
    return chromeLauncher({
      // Same puppeteer-core launch the launcher would use by default, plus an orphan watchdog.
      puppeteer: processes.puppeteer,
      launchOptions: {
        executablePath: env.CHROME_PATH || '/usr/bin/chromium',
        // The leak test forces garbage collection with window.gc() to check that removed elements are freed.
        args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc'],
      },
    });
  },
};

// Firefox ESR from Debian, driven by puppeteer-core over WebDriver BiDi (no geckodriver needed).
import { chromeLauncher } from '@web/test-runner-chrome';

/** @type {import('./index.mjs').Engine} */
export const firefox = {
  name: 'Firefox',
  install: 'apt-get install -y firefox-esr',
  requires: (env) => [env.FIREFOX_PATH || '/usr/bin/firefox-esr'],
  async create(env, processes) {
    // A custom `puppeteer` is what makes the launcher honour `browser: 'firefox'`; without one it always
    // drives a Chrome binary.
    return chromeLauncher({
      puppeteer: processes.puppeteer,
      launchOptions: { browser: 'firefox', executablePath: env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true },
    });
  },
};

// Test-runner commands the stock ones lack.

/**
 * `emulate-forced-colors` ({ forcedColors: 'active' | 'none' }): forced-colours emulation, which the stock
 * `emulateMedia` command passes on only to Playwright (puppeteer's `emulateMediaFeatures` refuses the
 * feature). Chromium gets it over CDP. Firefox (WebDriver BiDi has no such emulation) and WebKit (WebDriver
 * classic) cannot: the command then answers `{ emulated: false, reason }` for the test to name.
 *
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function forcedColorsPlugin() {
  /** One CDP session per page, kept: the emulation lasts as long as the session that set it. */
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const value = payload?.forcedColors === 'active' ? 'active' : 'none';
      const page = session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : undefined;
      const refused = { emulated: false, reason: `${session.browser.name} has no forced-colours emulation (no CDP)` };
      if (!page) return refused;
      if (!sessions.has(page)) {
        try {
          sessions.set(page, await page.createCDPSession());
        } catch {
          return refused; // Firefox: puppeteer over WebDriver BiDi opens no CDP sessions
        }
      }
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return { emulated: true };
    },
  };
}

/** Debian's Chromium, as every script and the tests launch it. */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** What Chromium needs here: run as root, no GPU, and no calls home on a closed network. */
export const CHROMIUM_FLAGS = [
  // Running as root (CI containers), Chromium refuses to start with its sandbox.
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // Without these, Chromium keeps trying to reach Google services offline and floods the log.
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Debian's Chromium, as the tests that open a page launch it (playwright-core drives it; it never
// downloads a browser). The flags keep it off the network this machine does not have.
export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

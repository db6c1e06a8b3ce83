/**
 * How Debian's Chromium is started for tests and benchmarks: headless, and with no background
 * networking (the build machines have no network; without these flags Chromium keeps trying).
 */
export const CHROMIUM_PATH = process.env.INFLUMAP_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

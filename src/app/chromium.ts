// Debian's Chromium, driven by playwright-core: the one browser the project uses (reports, plan PDFs, browser
// tests). No browser is ever downloaded; CHROMIUM_PATH points elsewhere when needed.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Headless, no sandbox (we run as root in containers), and no background traffic on a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

import { type Browser, type BrowserContextOptions, chromium } from 'playwright-core';

/** Debian's chromium, as CI installs it; flags that keep it off the network here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** The same Chromium with a profile kept in `userDataDir` (its HTTP cache included) across launches. */
export function launchPersistentChromium(userDataDir: string, options: BrowserContextOptions = {}) {
  return chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: FLAGS, ...options });
}

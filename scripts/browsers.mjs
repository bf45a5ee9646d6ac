// Debian's browsers, as every browser run of this project launches them (Playwright cannot
// download browsers here). Shared by playwright.config.ts and the benchmark.

/** Debian's Chromium (`apt-get install chromium`). */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Without the background-networking flags Chromium keeps dialling out on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Debian's Firefox ESR (`apt-get install firefox-esr`), driven over WebDriver BiDi
 * (Playwright's `moz-firefox` channel), not Playwright's patched Firefox.
 */
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export const firefoxUserPrefs = {
  // With Fission (site isolation) on, ESR 153 drops BiDi key input sent into a
  // cross-origin iframe, and every widget here is one.
  'fission.autostart': false,
};

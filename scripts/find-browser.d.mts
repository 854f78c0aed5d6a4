export declare const DEBIAN_CHROMIUM: string;

export interface FoundChromium {
  /** The executable to launch; undefined means Playwright's own browser. */
  path: string | undefined;
  source: 'CHROMIUM_PATH' | 'system' | 'playwright';
  /** Where the browser is on disk, for messages. */
  location: string;
}

export declare function playwrightChromiumPath(): string | undefined;
export declare function findChromium(env?: NodeJS.ProcessEnv): FoundChromium | null;

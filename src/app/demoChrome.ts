import type { ComponentType } from 'react';

/** The demo's banner and badge, in demo builds only: loaded before the first render (see main.tsx). */
export interface DemoChrome {
  DemoBanner: ComponentType;
  DemoBadge: ComponentType;
}

let loaded: DemoChrome | undefined;

/**
 * Loads the demo's chrome before the app first renders, beside the mock worker, so the banner is there from the
 * first paint: loaded lazily after it, it pushed the page down as it arrived, and a click aimed at a button at that
 * moment landed on something else. Other builds hold none of this code (compile-time constant).
 */
export const loadDemoChrome: () => Promise<void> = __DEMO__
  ? async () => {
      const [banner, badge] = await Promise.all([import('@/features/demo/DemoBanner'), import('@/features/demo/DemoBadge')]);
      loaded = { DemoBanner: banner.DemoBanner, DemoBadge: badge.DemoBadge };
    }
  : async () => undefined;

/** The demo's chrome once loaded; undefined in other builds. */
export const demoChrome = (): DemoChrome | undefined => loaded;

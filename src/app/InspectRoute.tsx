import { InspectPage, type SampleTokens } from '@/features/tools/inspect/InspectPage';

/** Demo builds only: sample token texts of the in-page mock, loaded when first asked for (other builds hold none). */
const loadSamples = __DEMO__
  ? async (): Promise<SampleTokens> => {
      const [{ sampleTokenTexts }, { mockClock }] = await Promise.all([import('@/mocks/db/tokenText'), import('@/mocks/clock')]);
      return sampleTokenTexts(mockClock.now());
    }
  : undefined;

/** The inspector's route: in the demo it can paste a sample token. */
export function InspectRoute() {
  return <InspectPage loadSamples={loadSamples} />;
}

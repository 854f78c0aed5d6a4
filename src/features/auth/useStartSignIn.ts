import { useCallback, useState } from 'react';
import { loadAuthProtocol } from '@/api/session';
import type { SignInFailure } from '@/api/auth/types';

/** Where the browser goes to sign in: the authorization URL (the demo build answers it in the page instead). */
export type GoToAuthorize = (url: URL) => void;

export const goToAuthorize: GoToAuthorize = (url) => window.location.assign(url.href);

/**
 * Starts "Sign in with authms": loads the protocol code, discovers the server, keeps the transaction, and goes to
 * the authorization URL. A failure of these steps (discovery, PAR, the network) is returned for its page.
 */
export function useStartSignIn(go: GoToAuthorize = goToAuthorize) {
  const [starting, setStarting] = useState(false);
  const [failure, setFailure] = useState<SignInFailure>();
  const start = useCallback(
    async (returnTo: string, prompt?: 'login') => {
      setStarting(true);
      setFailure(undefined);
      let url: URL;
      try {
        const protocol = await loadAuthProtocol();
        try {
          url = await protocol.beginSignIn({ returnTo, ...(prompt ? { prompt } : {}) });
        } catch (error) {
          setFailure(protocol.beginFailure(error));
          setStarting(false);
          return;
        }
      } catch {
        // the protocol chunk itself did not load (offline)
        setFailure({ kind: 'network' });
        setStarting(false);
        return;
      }
      go(url);
      // a real redirect leaves the page; stay "starting" until then (the demo navigates in the app)
    },
    [go],
  );
  return { start, starting, failure };
}

import { getCredentials } from '@/api/credentials';
import { isApiError } from '@/api/errors';
import { endSession, renewSession } from '@/api/session';
import { listTokens } from '@/api/tokens';
import { handlers } from '@/mocks/handlers';
import { server } from '@/mocks/node';
import { oauthState } from '@/mocks/oauth/state';
import { setUpOAuthTestServer, signInWithAuthms } from '@/mocks/oauth/testing';
import { withFaults } from './handlers';
import { NO_FAULTS, type FaultSettings } from './settings';

setUpOAuthTestServer();

function useFaults(initial: FaultSettings) {
  const box = { settings: initial };
  server.use(...withFaults(handlers, { get: () => box.settings, set: (next) => void (box.settings = next) }, () => 0));
  return box;
}

afterEach(() => endSession('expired'));

describe('"the next refresh fails" (the demo\'s fault panel)', () => {
  it('refuses the next refresh once, which ends the session', async () => {
    await signInWithAuthms();
    const box = useFaults({ ...NO_FAULTS, refreshFails: true });
    await expect(renewSession()).rejects.toThrow('The session has ended.');
    expect(box.settings.refreshFails).toBeUndefined();
    // the session cannot be renewed any more: a 401 now stands
    const issued = oauthState().tokens.get(getCredentials()?.token ?? '');
    if (issued) issued.revoked = true;
    const error = await listTokens({ page: 1, page_size: 1 }).catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(401);
  });

  it('leaves the sign-in itself and the refreshes alone otherwise, whatever else is armed', async () => {
    useFaults({ ...NO_FAULTS, readErrorRate: 100, writeErrorRate: 100, armed: { kind: 'server-error', target: 'any', remaining: 3 } });
    await signInWithAuthms();
    await expect(renewSession()).resolves.toEqual(expect.any(String));
  });
});

import { Store } from '@tanstack/store';

/** How the last sign-out went (revoking, revoked, or the server not told): the sign-in page says so. */
export type SignOutStep = 'idle' | 'revoking' | 'revoked' | 'not-told';
export const signOutStore = new Store<{ step: SignOutStep }>({ step: 'idle' });

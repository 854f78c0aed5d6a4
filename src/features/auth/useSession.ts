import { useSyncExternalStore } from 'react';
import { getCredentials, subscribeCredentials, type Credentials } from '@/api/credentials';

export function useSession(): Credentials | null {
  return useSyncExternalStore(subscribeCredentials, getCredentials);
}

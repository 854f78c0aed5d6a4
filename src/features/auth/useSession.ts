import { useSelector } from '@tanstack/react-store';
import { credentialsStore, type Credentials } from '@/api/credentials';

export function useSession(): Credentials | null {
  return useSelector(credentialsStore);
}

import { queryOptions } from '@tanstack/react-query';
import { clientDetailQuery } from '@/api/clients';

/** The client, for its name in the heading only: not retried; a failure leaves the id alone (the list shows errors). */
export function clientNameQuery(clientId: string) {
  return queryOptions({ ...clientDetailQuery(clientId), retry: false, throwOnError: false });
}

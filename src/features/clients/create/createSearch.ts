import { z } from 'zod';
import { CLIENT_KINDS } from './clientKinds';

/** `/clients/new?kind=web`: the chosen kind is in the URL, so a reload comes back to the form, not the first step. */
export const createClientSearchSchema = z.object({
  kind: z.enum(CLIENT_KINDS).optional().catch(undefined),
});
export type CreateClientSearch = z.infer<typeof createClientSearchSchema>;

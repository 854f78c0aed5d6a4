import * as z from 'zod/mini';
import { CLIENT_KINDS } from './clientKinds';

/** `/clients/new?kind=web`: the chosen kind is in the URL, so a reload comes back to the form, not the first step. */
export const createClientSearchSchema = z.object({
  kind: z.catch(z.optional(z.enum(CLIENT_KINDS)), undefined),
});
export type CreateClientSearch = z.infer<typeof createClientSearchSchema>;

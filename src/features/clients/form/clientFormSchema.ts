import * as z from 'zod/mini';
import {
  authMethodsProblem,
  clientIdProblem,
  duplicateIndexes,
  fapiProblem,
  grantTypesProblems,
  jwksProblem,
  nameProblem,
  redirectUriProblems,
  scopeProblem,
  urlProblem,
} from './rules';

/**
 * The values of a client form: the 14 fields of `UpdateClientRequest`, as the inputs hold them (text fields are
 * strings, '' for none; list fields are arrays). A "create client" form extends `clientFormFields` with its own
 * fields (e.g. `client_id`) and applies the same rules with `withClientRules`.
 */
export const clientFormFields = {
  name: z.string(),
  status: z.string(),
  is_confidential: z.boolean(),
  client_auth_methods: z.array(z.string()),
  grant_types: z.array(z.string()),
  scopes: z.array(z.string()),
  redirect_uris: z.array(z.string()),
  jwks: z.string(),
  jwks_uri: z.string(),
  fapi_profile: z.string(),
  logo_url: z.string(),
  website: z.string(),
  terms_url: z.string(),
  privacy_policy: z.string(),
};

export type ClientFormValues = z.infer<z.ZodMiniObject<typeof clientFormFields>>;
export type ClientFormField = keyof ClientFormValues;
export const CLIENT_FORM_FIELDS = Object.keys(clientFormFields) as ClientFormField[];
export const CLIENT_FORM_LIST_FIELDS = ['client_auth_methods', 'grant_types', 'scopes', 'redirect_uris'] as const;

export interface ClientRuleOptions {
  /**
   * The server may hold a JWK Set it never returns (`OAuthClientItem` has no `jwks`): a saved client that uses
   * `private_key_jwt` without a `jwks_uri` must have one. Then "private_key_jwt needs keys" is already met.
   */
  jwksMayBeStored?: boolean;
}

type Issue = { path: (string | number)[]; message: string };

/** Every rule of a client's configuration; each issue names the input it concerns and an i18n key. */
export function clientRuleIssues(values: ClientFormValues, options: ClientRuleOptions = {}): Issue[] {
  const issues: Issue[] = [];
  const add = (message: string | undefined, ...path: (string | number)[]) => {
    if (message) issues.push({ path, message });
  };

  add(nameProblem(values.name), 'name');
  if (values.status.trim() === '') add('clients.form.errors.statusRequired', 'status');

  values.redirect_uris.forEach((uri, i) => redirectUriProblems(uri).forEach((problem) => add(problem, 'redirect_uris', i)));
  duplicateIndexes(values.redirect_uris).forEach((i) => add('clients.form.errors.duplicate', 'redirect_uris', i));
  if (values.grant_types.includes('authorization_code') && !values.redirect_uris.some((u) => u.trim() !== '')) {
    add('clients.form.errors.redirectUriRequired', 'redirect_uris');
  }

  values.scopes.forEach((scope, i) => add(scopeProblem(scope), 'scopes', i));
  duplicateIndexes(values.scopes).forEach((i) => add('clients.form.errors.duplicate', 'scopes', i));

  grantTypesProblems(values.grant_types, values.is_confidential).forEach((key) => add(key, 'grant_types'));
  add(authMethodsProblem(values.client_auth_methods, values.is_confidential), 'client_auth_methods');

  const hasJwks = values.jwks.trim() !== '';
  const hasJwksUri = values.jwks_uri.trim() !== '';
  add(jwksProblem(values.jwks), 'jwks');
  add(urlProblem(values.jwks_uri, { httpsOnly: true }), 'jwks_uri');
  if (hasJwks && hasJwksUri) {
    add('clients.form.errors.jwksOrUri', 'jwks');
    add('clients.form.errors.jwksOrUri', 'jwks_uri');
  }
  if (values.client_auth_methods.includes('private_key_jwt') && !hasJwks && !hasJwksUri && !options.jwksMayBeStored) {
    add('clients.form.errors.privateKeyJwtNeedsKeys', 'jwks_uri');
  }

  add(fapiProblem(values.fapi_profile, values.is_confidential, values.client_auth_methods), 'fapi_profile');

  for (const field of ['logo_url', 'website', 'terms_url', 'privacy_policy'] as const) {
    add(urlProblem(values[field]), field);
  }
  return issues;
}

/** Adds the client rules to a schema over (at least) the client form's fields. */
export function withClientRules<T extends z.ZodMiniType<ClientFormValues>>(schema: T, options: ClientRuleOptions = {}) {
  return schema.check(
    z.superRefine((values: ClientFormValues, ctx) => {
      for (const issue of clientRuleIssues(values, options)) {
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      }
    }),
  );
}

export function createClientFormSchema(options: ClientRuleOptions = {}) {
  return withClientRules(z.object(clientFormFields), options);
}

/**
 * Creating a client: the client_id the admin may choose, beside the form's 14 fields (validated with the same
 * rules by `createClientFormSchema`). A separate form, as the client_id is which client, not its configuration.
 */
export const clientIdFormSchema = z.object({ client_id: z.string() }).check(
  z.superRefine(({ client_id }, ctx) => {
    const problem = clientIdProblem(client_id);
    if (problem) ctx.addIssue({ code: 'custom', path: ['client_id'], message: problem });
  }),
);
export type ClientIdFormValues = z.infer<typeof clientIdFormSchema>;

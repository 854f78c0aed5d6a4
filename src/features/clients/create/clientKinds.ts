import type { ClientFormValues } from '@/features/clients/form/clientFormSchema';
import { toClientFormValues } from '@/features/clients/form/formValues';

/** What is being connected: the first step of creating a client chooses one, and it sets the form's defaults. */
export const CLIENT_KINDS = ['web', 'spa', 'machine', 'device'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];

const DEVICE_CODE = 'urn:ietf:params:oauth:grant-type:device_code';

/** Everything empty: what the kinds start from. */
const BLANK: ClientFormValues = { ...toClientFormValues({}), status: 'active' };

/**
 * The defaults of each kind. Redirect-based kinds start with one empty redirect URI entry to fill in (the
 * authorization code grant needs one); loopback and private-use redirect URIs are allowed by the form's rules.
 */
const DEFAULTS: Record<ClientKind, Partial<ClientFormValues>> = {
  web: {
    is_confidential: true,
    client_auth_methods: ['client_secret_basic'],
    grant_types: ['authorization_code', 'refresh_token'],
    scopes: ['openid', 'profile', 'email'],
    redirect_uris: [''],
  },
  spa: {
    is_confidential: false,
    client_auth_methods: ['none'],
    grant_types: ['authorization_code', 'refresh_token'],
    scopes: ['openid', 'profile', 'email'],
    redirect_uris: [''],
  },
  machine: {
    is_confidential: true,
    client_auth_methods: ['client_secret_basic'],
    grant_types: ['client_credentials'],
  },
  device: {
    is_confidential: false,
    client_auth_methods: ['none'],
    grant_types: [DEVICE_CODE, 'refresh_token'],
    scopes: ['openid', 'profile'],
  },
};

/** The form's starting values for a kind (fresh arrays each time: the form edits them). */
export function kindDefaults(kind: ClientKind): ClientFormValues {
  const values = { ...BLANK, ...DEFAULTS[kind] };
  return {
    ...values,
    client_auth_methods: [...values.client_auth_methods],
    grant_types: [...values.grant_types],
    scopes: [...values.scopes],
    redirect_uris: [...values.redirect_uris],
  };
}

export function isClientKind(value: unknown): value is ClientKind {
  return typeof value === 'string' && (CLIENT_KINDS as readonly string[]).includes(value);
}

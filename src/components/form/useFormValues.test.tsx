import { act, render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useFormValues } from './useFormValues';

interface ClientFormValues {
  name: string;
  status: string;
  is_confidential: boolean;
  client_auth_methods: string[];
  grant_types: string[];
  scopes: string[];
  redirect_uris: string[];
  jwks: string;
  jwks_uri: string;
  fapi_profile: string;
  logo_url: string;
  website: string;
  terms_url: string;
  privacy_policy: string;
}

const VALUES: ClientFormValues = {
  name: 'Acme',
  status: 'active',
  is_confidential: true,
  client_auth_methods: ['client_secret_basic'],
  grant_types: ['authorization_code'],
  scopes: ['openid'],
  redirect_uris: ['https://acme.example/cb'],
  jwks: '',
  jwks_uri: '',
  fapi_profile: '',
  logo_url: '',
  website: '',
  terms_url: '',
  privacy_policy: '',
};

/** An edit that lands after the form rendered and before its owner's effects ran (its own run first). */
function EarlyEdit({ form }: { form: UseFormReturn<ClientFormValues> }) {
  useLayoutEffect(() => form.setValue('name', 'Acme EU'), [form]);
  return null;
}

let formRef: UseFormReturn<ClientFormValues> | undefined;

function Harness({ early }: { early: boolean }) {
  const form = useForm<ClientFormValues>({ defaultValues: VALUES });
  formRef = form;
  const values = useFormValues(form);
  return (
    <>
      {early && <EarlyEdit form={form} />}
      <output>{`${values.name} · ${values.scopes.join(' ')}`}</output>
    </>
  );
}

describe('useFormValues', () => {
  it('sees an edit made before it subscribed', () => {
    render(<Harness early />);
    expect(screen.getByRole('status')).toHaveTextContent('Acme EU · openid');
  });

  it('follows every later change, a reset included', () => {
    render(<Harness early={false} />);
    const form = formRef as UseFormReturn<ClientFormValues>;
    act(() => form.setValue('scopes', ['openid', 'email']));
    expect(screen.getByRole('status')).toHaveTextContent('Acme · openid email');
    act(() => form.reset(VALUES));
    expect(screen.getByRole('status')).toHaveTextContent('Acme · openid');
  });
});

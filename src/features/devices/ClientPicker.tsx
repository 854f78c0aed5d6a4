import { useLingui } from '@lingui/react';
import type { OAuthClient } from '@/api/schemas/clients';

const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

interface ClientPickerProps {
  value: string | undefined;
  clients: OAuthClient[];
  onChange: (clientId: string | undefined) => void;
}

function byName(a: OAuthClient, b: OAuthClient): number {
  return (a.name ?? a.client_id ?? '').localeCompare(b.name ?? b.client_id ?? '');
}

/**
 * The client filter: a native select showing names and sending `client_id`. Clients with the device grant come
 * first; a client id from the URL that is not in the list (deleted, or beyond the first page) stays selectable.
 */
export function ClientPicker({ value, clients, onChange }: ClientPickerProps) {
  const { _: t } = useLingui();
  const listed = clients.filter((c): c is OAuthClient & { client_id: string } => Boolean(c.client_id));
  const device = listed.filter((c) => c.grant_types?.includes(DEVICE_GRANT)).sort(byName);
  const other = listed.filter((c) => !c.grant_types?.includes(DEVICE_GRANT)).sort(byName);
  const unknown = value !== undefined && !listed.some((c) => c.client_id === value);
  const option = (c: OAuthClient & { client_id: string }) => (
    <option key={c.client_id} value={c.client_id}>
      {c.name ? `${c.name} (${c.client_id})` : c.client_id}
    </option>
  );
  return (
    <label className="inline-field">
      <span>{t('devices.filters.client')}</span>
      <select data-page-filter value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t('devices.filters.anyClient')}</option>
        {unknown && <option value={value}>{t('devices.filters.unknownClient', { id: value })}</option>}
        {device.length > 0 && <optgroup label={t('devices.filters.deviceClients')}>{device.map(option)}</optgroup>}
        {other.length > 0 && <optgroup label={t('devices.filters.otherClients')}>{other.map(option)}</optgroup>}
      </select>
    </label>
  );
}

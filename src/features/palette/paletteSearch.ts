import { getClient, listClients } from '@/api/clients';
import { listDevices } from '@/api/devices';
import { isApiError } from '@/api/errors';
import type { OAuthClient } from '@/api/schemas/clients';
import { getToken } from '@/api/tokens';
import type { TFunction } from '@/i18n/i18n';
import type { PaletteItem } from './paletteItems';

/** The server is asked from this many characters on. */
export const MIN_SERVER_QUERY = 2;
/** A device login by user code: the newest sessions only, this many pages of 100 (the API cannot filter by code). */
export const DEVICE_PAGES = 3;
const CLIENT_RESULTS = 6;

const USER_CODE = /^[A-Z0-9]{4}-?[A-Z0-9]{4}$/i;
const TOKEN_ID = /^tok_\S+$/;
const ONE_WORD = /^\S+$/;

/** A failure of one search (a 404, a route the server lacks) leaves the others' results. */
async function settled<T>(search: Promise<T[]>): Promise<T[]> {
  try {
    return await search;
  } catch (error) {
    if (isApiError(error) && error.kind === 'aborted') throw error;
    return [];
  }
}

function clientItem(client: OAuthClient): PaletteItem | undefined {
  if (!client.client_id) return undefined;
  return {
    id: `client:${client.client_id}`,
    group: 'clients',
    label: client.name || client.client_id,
    detail: client.client_id,
    target: { to: '/clients/$clientId', params: { clientId: client.client_id } },
  };
}

/** Clients by name (the server's search) and, for one word, by exact client id. */
async function findClients(query: string, signal: AbortSignal): Promise<PaletteItem[]> {
  const [byName, byId] = await Promise.all([
    settled(listClients({ name: query, page: 1, page_size: CLIENT_RESULTS }, signal).then((list) => list.items)),
    ONE_WORD.test(query) ? settled(getClient(query, signal).then((client) => [client])) : Promise.resolve([]),
  ]);
  const items = [...byId, ...byName].map(clientItem).filter((item): item is PaletteItem => item !== undefined);
  return items.filter((item, index) => items.findIndex((other) => other.id === item.id) === index);
}

/** A device login by its user code, among the newest DEVICE_PAGES pages of sessions. */
async function findDeviceLogin(query: string, signal: AbortSignal, t: TFunction): Promise<PaletteItem[]> {
  const code = query.replace('-', '').toUpperCase();
  for (let page = 1; page <= DEVICE_PAGES; page += 1) {
    const list = await listDevices({ page, page_size: 100 }, signal);
    const found = list.items.find((item) => item.user_code?.replace('-', '').toUpperCase() === code);
    if (found?.device_code) {
      return [
        {
          id: `device:${found.device_code}`,
          group: 'devices',
          label: found.user_code ?? code,
          detail: t('tools.palette.deviceDetail', { client: found.client_id ?? '—', status: found.status ?? '—' }),
          target: { to: '/devices', search: { session: found.device_code } },
        },
      ];
    }
    if (!list.pagination?.has_next) break;
  }
  return [];
}

/** A token by id: found, it leads to its user's tokens (the token is among them). */
async function findToken(query: string, signal: AbortSignal, t: TFunction): Promise<PaletteItem[]> {
  const token = await getToken(query, signal);
  if (!token.id) return [];
  return [
    {
      id: `token:${token.id}`,
      group: 'tokens',
      label: token.id,
      detail: t('tools.palette.tokenDetail', { user: token.user_id ?? '—', type: token.token_type ?? '—', status: token.status ?? '—' }),
      target: token.user_id ? { to: '/tokens', search: { user_id: token.user_id } } : { to: '/tokens' },
    },
  ];
}

/**
 * What the server knows for a query: clients (name or id), a device login (user code), a token (id), and the user
 * view of a user id (there is no user API: the item opens the view, which says what it finds). Each search that
 * fails is left out; a cancelled one (the query changed) rejects.
 */
export async function searchServer(query: string, signal: AbortSignal, t: TFunction): Promise<PaletteItem[]> {
  const q = query.trim();
  if (q.length < MIN_SERVER_QUERY) return [];
  const [clients, devices, tokens] = await Promise.all([
    settled(findClients(q, signal)),
    USER_CODE.test(q) ? settled(findDeviceLogin(q, signal, t)) : Promise.resolve([]),
    TOKEN_ID.test(q) ? settled(findToken(q, signal, t)) : Promise.resolve([]),
  ]);
  const users: PaletteItem[] = ONE_WORD.test(q)
    ? [{ id: `user:${q}`, group: 'users', label: q, detail: t('tools.palette.userDetail'), target: { to: '/users/$userId', params: { userId: q } } }]
    : [];
  return [...clients, ...devices, ...tokens, ...users];
}

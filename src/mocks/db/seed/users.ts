import { FAILING_TOKEN_USER_ID } from '@/mocks/identities';
import { BASE32, HEX, type Rng } from '@/mocks/db/random';

/** A demo user as the seed sees them: an id, the addresses and user agents their tokens come from. */
export interface SeedUser {
  id: string;
  ips: string[];
  userAgents: string[];
}

export const BROWSER_USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
] as const;

export const SDK_USER_AGENTS = [
  'curl/8.5.0',
  'authms-cli/2.3.1',
  'okhttp/4.12.0',
  'AcmeiOS/5.12.0 CFNetwork/1496.0.7 Darwin/23.5.0',
  'python-requests/2.32.3',
  'Go-http-client/2.0',
  'AcmeTV/3.4.2 (Tizen 7.0; SmartTV)',
] as const;

function ipv4(rng: Rng): string {
  const prefix = rng.pick(['192.0.2', '198.51.100', '203.0.113']);
  return `${prefix}.${rng.int(1, 254)}`;
}

function ipv6(rng: Rng): string {
  const group = () => rng.string(HEX, 4).replace(/^0+(?=.)/, '');
  return `2001:db8:${group()}:${group()}::${group()}`;
}

/** About 40 users; the first is the owner of the rigged failing tokens. */
export function seedUsers(rng: Rng, count = 40): SeedUser[] {
  const users: SeedUser[] = [];
  const seen = new Set<string>([FAILING_TOKEN_USER_ID]);
  for (let i = 0; i < count; i += 1) {
    let id = FAILING_TOKEN_USER_ID;
    if (i > 0) {
      do id = `usr_${rng.string(BASE32, 12)}`;
      while (seen.has(id));
      seen.add(id);
    }
    const ips = Array.from({ length: rng.int(1, 3) }, () => (rng.chance(0.2) ? ipv6(rng) : ipv4(rng)));
    const userAgents = Array.from({ length: rng.int(1, 3) }, () =>
      rng.chance(0.7) ? rng.pick(BROWSER_USER_AGENTS) : rng.pick(SDK_USER_AGENTS),
    );
    users.push({ id, ips, userAgents });
  }
  return users;
}

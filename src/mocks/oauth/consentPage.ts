import { OAUTH_ACCOUNTS, type AuthorizationRequest } from './state';

/** Escapes text for HTML content and double-quoted attributes: request values are never markup. */
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1b1e24}' +
  'main{max-width:28rem;margin:4rem auto;background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 4px #0002}' +
  'h1{font-size:1.4rem;margin-top:0}label{display:block;font-weight:600;margin:1rem 0 .25rem}' +
  'select{width:100%;padding:.4rem;font:inherit}.actions{display:flex;gap:.75rem;margin-top:1.5rem}' +
  'button{font:inherit;padding:.5rem 1.2rem;border-radius:6px;border:1px solid #5b6270;background:#fff;color:#1b1e24;cursor:pointer}' +
  'button[value=approve]{background:#1f4fd1;border-color:#1f4fd1;color:#fff}code{background:#eef0f3;padding:0 .25rem}';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

/**
 * The mock's sign-in and consent page: pick an account, then Approve or Deny. The form posts the request's
 * parameters back to the authorize endpoint (a pushed request posts only client_id and request_uri).
 */
export function consentPage(request: AuthorizationRequest, formParams: URLSearchParams): string {
  const hidden = [...formParams.entries()]
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join('');
  const accounts = Object.entries(OAUTH_ACCOUNTS)
    .map(([key, account]) => {
      const role = account.identity.isAdmin ? 'administrator of Acme Demo' : 'not an administrator';
      return `<option value="${key}">${escape(account.name)} (${escape(account.username)}, ${role})</option>`;
    })
    .join('');
  return page(
    'Sign in to authms (mock)',
    `<h1>Sign in to authms (mock)</h1>` +
      `<p>The application <strong>${escape(request.client_id)}</strong> asks to sign you in with the scopes <code>${escape(request.scope)}</code>.</p>` +
      `<form method="post">${hidden}<label for="account">Account</label><select id="account" name="account">${accounts}</select>` +
      `<div class="actions"><button type="submit" name="decision" value="approve">Approve</button>` +
      `<button type="submit" name="decision" value="deny">Deny</button></div></form>`,
  );
}

/** What authms shows instead of redirecting when the client or its redirect URI is not known (RFC 6749 §4.1.2.1). */
export function authorizeErrorPage(message: string): string {
  return page('Sign-in request rejected (mock authms)', `<h1>This sign-in request was rejected</h1><p>${escape(message)}</p>`);
}

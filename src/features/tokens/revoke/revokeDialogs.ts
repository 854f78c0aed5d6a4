// The revoke dialogs (with their mutations and the token cache code) and the notice shown when a server cannot
// revoke one token: one chunk, loaded by lazyRevoke.tsx, not on the first paint of the tokens page.
export { BulkRevokeDialog } from './BulkRevokeDialog';
export { RevokeTokenDialog } from './RevokeTokenDialog';
export { RevokeUserTokensDialog } from './RevokeUserTokensDialog';
export { SingleRevokeUnsupportedNotice } from './SingleRevokeUnsupportedNotice';

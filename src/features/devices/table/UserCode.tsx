/**
 * A user code as the user reads it off the device: monospace, never broken or translated, its grouping
 * (`BDJW-DSXQ`) kept exactly as the server sent it.
 */
export function UserCode({ code }: { code: string }) {
  return (
    <code className="user-code" translate="no">
      {code}
    </code>
  );
}

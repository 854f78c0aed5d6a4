import { Link } from '@tanstack/react-router';

interface ClientLinkProps {
  clientId: string | undefined;
  name: string | undefined;
  /** Link an id without a name too: the client list failed or was cut short, so the client may well exist. */
  linkUnknown: boolean;
}

/** A client: its name linked to the client's page; for a client that is gone, its bare id — never an error. */
export function ClientLink({ clientId, name, linkUnknown }: ClientLinkProps) {
  if (!clientId) return <>—</>;
  if (!name && !linkUnknown) {
    return (
      <span className="mono" translate="no">
        {clientId}
      </span>
    );
  }
  return (
    <Link to="/clients/$clientId" params={{ clientId }} className={name ? undefined : 'mono'} title={clientId}>
      {name ?? clientId}
    </Link>
  );
}

import { Link } from '@tanstack/react-router';

/**
 * A user id, linked to that user at a glance (`/users/$userId`): every user id the console shows is one. The id is
 * server text, shown as it is (never markup) and never translated.
 */
export function UserLink({ userId, title }: { userId: string | undefined; title?: string }) {
  if (!userId) return <>—</>;
  return (
    <Link to="/users/$userId" params={{ userId }} className="mono user-link" translate="no" title={title}>
      {userId}
    </Link>
  );
}

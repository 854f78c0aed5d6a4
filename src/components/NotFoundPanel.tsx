import { Link, type LinkProps } from '@tanstack/react-router';

interface NotFoundPanelProps {
  title: string;
  message: string;
  /** Where the way back leads, and what it says. */
  backTo: LinkProps['to'];
  backLabel: string;
}

/** A page whose subject does not exist (a deleted client, another tenant's, a mistyped address): what, and a way back. */
export function NotFoundPanel({ title, message, backTo, backLabel }: NotFoundPanelProps) {
  return (
    <section className="page" aria-labelledby="page-title">
      <div className="empty-state not-found-panel" role="status">
        <h1 id="page-title" className="empty-state-title">
          {title}
        </h1>
        <p>{message}</p>
        <Link to={backTo} className="button">
          {backLabel}
        </Link>
      </div>
    </section>
  );
}

/** One section of the user view: a heading, an optional link to the full list, and its own loading and failure. */
export function UserSection({ id, title, aside, children }: { id: string; title: string; aside?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section className="user-section" id={id} aria-labelledby={`${id}-title`}>
      <div className="user-section-header">
        <h2 id={`${id}-title`}>{title}</h2>
        {aside}
      </div>
      {children}
    </section>
  );
}

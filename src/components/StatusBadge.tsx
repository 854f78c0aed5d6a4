export type BadgeTone = 'success' | 'danger' | 'warning' | 'neutral' | 'info';

export function StatusBadge({ tone, children }: { tone: BadgeTone; children: React.ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

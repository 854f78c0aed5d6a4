import type { BadgeTone } from '@/components/StatusBadge';

export function tokenStatusTone(status: string | undefined): BadgeTone {
  switch (status) {
    case 'active':
      return 'success';
    case 'revoked':
      return 'danger';
    case 'expired':
      return 'neutral';
    default:
      return 'info';
  }
}

import type { BadgeTone } from '@/components/StatusBadge';

export function deviceStatusTone(status: string | undefined): BadgeTone {
  switch (status) {
    case 'pending':
      return 'warning';
    case 'authorized':
      return 'success';
    case 'denied':
      return 'danger';
    case 'expired':
      return 'neutral';
    default:
      return 'info';
  }
}

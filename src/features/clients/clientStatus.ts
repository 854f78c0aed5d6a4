import type { BadgeTone } from '@/components/StatusBadge';

export function clientStatusTone(status: string | undefined): BadgeTone {
  switch (status) {
    case 'active':
      return 'success';
    case 'suspended':
      return 'warning';
    default:
      return 'info';
  }
}

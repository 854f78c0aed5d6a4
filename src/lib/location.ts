import type { SessionLocation } from '@/api/schemas/sessionList';

/** "City, Region, Country" from the parts the server sent; undefined when it sent none. */
export function formatLocation(location: SessionLocation | undefined): string | undefined {
  if (!location) return undefined;
  const parts = [location.city, location.region, location.country].filter((part): part is string => Boolean(part?.trim()));
  return parts.length > 0 ? parts.join(', ') : undefined;
}

import { useId } from 'react';
import { useLingui } from '@lingui/react';
import { DEVICE_STATUSES, type DeviceStatus } from '@/api/schemas/devices';
import type { StatusCounts } from './useStatusCounts';

interface StatusSegmentsProps {
  value: DeviceStatus | undefined;
  counts: StatusCounts;
  onChange: (status: DeviceStatus | undefined) => void;
}

/**
 * The status filter as a segmented control: native radio buttons in a named radiogroup, so arrow keys move
 * between the options and screen readers announce "radio, 3 of 5", with the count of each status where known.
 */
export function StatusSegments({ value, counts, onChange }: StatusSegmentsProps) {
  const { _: t, i18n } = useLingui();
  const name = useId();
  const labelId = `${name}-label`;
  const format = new Intl.NumberFormat(i18n.locale);
  const options = [
    { key: 'all' as const, status: undefined, label: t('devices.filters.all') },
    ...DEVICE_STATUSES.map((status) => ({ key: status, status, label: t(`devices.status.${status}`) })),
  ];
  return (
    <div className="segments-field">
      <span id={labelId} className="segments-label">
        {t('devices.filters.status')}
      </span>
      <div role="radiogroup" aria-labelledby={labelId} className="segments">
        {options.map(({ key, status, label }) => {
          const count = counts[key];
          return (
            <label key={key} className="segment" data-status={key}>
              <input
                type="radio"
                name={name}
                value={key}
                checked={value === status}
                onChange={() => onChange(status)}
                aria-label={count === undefined ? label : t('devices.filters.countLabel', { label, count: format.format(count) })}
              />
              <span aria-hidden="true">{label}</span>
              {count !== undefined && (
                <span className="segment-count" aria-hidden="true">
                  {format.format(count)}
                </span>
              )}
            </label>
          );
        })}
      </div>
    </div>
  );
}

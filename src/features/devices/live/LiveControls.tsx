import { useLingui } from '@lingui/react';

export type LiveState = 'live' | 'paused' | 'idle' | 'hidden';

interface LiveControlsProps {
  state: LiveState;
  intervalMs: number | false;
  paused: boolean;
  onPausedChange: (paused: boolean) => void;
  /** When the list last answered (epoch ms), 0 before the first answer. */
  updatedAt: number;
}

/** Says whether the list is refreshing itself and how often, with the switch that pauses it. */
export function LiveControls({ state, intervalMs, paused, onPausedChange, updatedAt }: LiveControlsProps) {
  const { _: t, i18n } = useLingui();
  const text =
    state === 'live' && intervalMs !== false
      ? t('devices.live.every', { seconds: Math.round(intervalMs / 1000) })
      : state === 'hidden'
        ? t('devices.live.hidden')
        : state === 'paused'
          ? t('devices.live.paused')
          : t('devices.live.idle');
  return (
    <div className="live-bar" aria-label={t('devices.live.label')} role="group">
      <span className={`live-indicator live-${state}`} role="status">
        <span className="live-dot" aria-hidden="true" />
        {text}
      </span>
      <button
        type="button"
        role="switch"
        aria-checked={!paused}
        className="live-switch"
        onClick={() => onPausedChange(!paused)}
      >
        <span className="live-switch-track" aria-hidden="true">
          <span className="live-switch-thumb" />
        </span>
        {t('devices.live.switch')}
      </button>
      {updatedAt > 0 && (
        <span className="muted live-updated">
          {t('devices.live.updated', { time: new Intl.DateTimeFormat(i18n.locale, { timeStyle: 'medium' }).format(updatedAt) })}
        </span>
      )}
    </div>
  );
}

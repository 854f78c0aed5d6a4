import { useTranslation } from '@/i18n/useTranslation';

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
  const { t, i18n } = useTranslation('devices');
  const text =
    state === 'live' && intervalMs !== false
      ? t('live.every', { seconds: Math.round(intervalMs / 1000) })
      : state === 'hidden'
        ? t('live.hidden')
        : state === 'paused'
          ? t('live.paused')
          : t('live.idle');
  return (
    <div className="live-bar" aria-label={t('live.label')} role="group">
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
        {t('live.switch')}
      </button>
      {updatedAt > 0 && (
        <span className="muted live-updated">
          {t('live.updated', { time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(updatedAt) })}
        </span>
      )}
    </div>
  );
}

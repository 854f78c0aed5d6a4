import { useLingui } from '@lingui/react';
import { formatUpdatedTime, LiveControls as LiveBar, type LiveState } from '@/components/LiveControls';

export type { LiveState };

interface LiveControlsProps {
  state: LiveState;
  intervalMs: number | false;
  paused: boolean;
  onPausedChange: (paused: boolean) => void;
  /** When the list last answered (epoch ms), 0 before the first answer. */
  updatedAt: number;
}

/** The devices page's live bar: the shared one, in the devices area's words. */
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
    <LiveBar
      state={state}
      statusText={text}
      label={t('devices.live.label')}
      paused={paused}
      onPausedChange={onPausedChange}
      updatedText={updatedAt > 0 ? t('devices.live.updated', { time: formatUpdatedTime(i18n.locale, updatedAt) }) : undefined}
    />
  );
}


/** What a self-refreshing page is doing: refreshing, paused by the admin, with nothing to watch, or in a hidden tab. */
export type LiveState = 'live' | 'paused' | 'idle' | 'hidden';

interface LiveControlsProps {
  state: LiveState;
  /** What the state means on this page, in its own words ("Live · every 30 s"). */
  statusText: string;
  /** The group's and the switch's accessible name ("Auto-refresh"). */
  label: string;
  paused: boolean;
  onPausedChange: (paused: boolean) => void;
  /** When the page last had an answer, already worded ("Updated 10:31:02"); nothing before the first answer. */
  updatedText?: string;
}

/** Says whether a page is refreshing itself and how often, with the switch that pauses it. */
export function LiveControls({ state, statusText, label, paused, onPausedChange, updatedText }: LiveControlsProps) {
  return (
    <div className="live-bar" aria-label={label} role="group">
      <span className={`live-indicator live-${state}`} role="status">
        <span className="live-dot" aria-hidden="true" />
        {statusText}
      </span>
      <button type="button" role="switch" aria-checked={!paused} className="live-switch" onClick={() => onPausedChange(!paused)}>
        <span className="live-switch-track" aria-hidden="true">
          <span className="live-switch-thumb" />
        </span>
        {label}
      </button>
      {updatedText && <span className="muted live-updated">{updatedText}</span>}
    </div>
  );
}

/** "10:31:02" in the locale: the time of a page's last answer. */
export function formatUpdatedTime(locale: string, at: number): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(at);
}

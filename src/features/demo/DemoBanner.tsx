import { useId, useState } from 'react';
import { useLingui } from '@lingui/react';
import './demo.css';

const COLLAPSED_KEY = 'authms.demo.bannerCollapsed';

function readCollapsed(): boolean {
  try {
    return window.localStorage.getItem(COLLAPSED_KEY) === '1';
  } catch {
    return false;
  }
}

/** The demo notice above the console: it can be collapsed to a short label, never hidden. */
export function DemoBanner() {
  const { _: t } = useLingui();
  const [collapsed, setCollapsed] = useState(readCollapsed);
  const textId = useId();
  const toggle = () => {
    const next = !collapsed;
    setCollapsed(next);
    try {
      window.localStorage.setItem(COLLAPSED_KEY, next ? '1' : '0');
    } catch {
      // the choice just lasts until the next reload
    }
  };
  return (
    <div className={collapsed ? 'demo-banner demo-banner-collapsed' : 'demo-banner'} role="note">
      <span id={textId}>{collapsed ? t('demo.banner.short') : t('demo.banner.text')}</span>
      <button
        type="button"
        className="demo-banner-toggle"
        aria-expanded={!collapsed}
        aria-label={collapsed ? t('demo.banner.expand') : t('demo.banner.collapse')}
        onClick={toggle}
      >
        <span aria-hidden="true">{collapsed ? '▾' : '▴'}</span>
      </button>
    </div>
  );
}

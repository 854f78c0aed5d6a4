import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useLingui } from '@lingui/react';
import { matchPages, recentItems, type PaletteGroup, type PaletteItem, type PalettePage } from './paletteItems';
import { MIN_SERVER_QUERY, searchServer } from './paletteSearch';

/** How long typing must pause before the server is asked. */
export const SEARCH_DELAY_MS = 200;
const GROUP_ORDER: PaletteGroup[] = ['recent', 'pages', 'clients', 'users', 'devices', 'tokens'];

interface PaletteBodyProps {
  pages: readonly PalettePage[];
  onPick: (item: PaletteItem) => void;
}

/**
 * The palette's combobox, after the WAI-ARIA APG "combobox with listbox popup" pattern: the input keeps focus and
 * names the active option with aria-activedescendant, which is derived from the same state Enter acts on (so it is
 * never stale or dangling); ↑ ↓ move it (wrapping), Enter goes there, Escape is the dialog's. Options are grouped
 * (`role="group"` named by its heading). Pages match locally at once; the server is asked after a pause, and a
 * query that changes cancels the request in flight (React Query aborts a query nobody reads any more).
 */
export function PaletteBody({ pages, onPick }: PaletteBodyProps) {
  const { _: t } = useLingui();
  const id = useId();
  const [query, setQuery] = useState('');
  const [serverQuery, setServerQuery] = useState('');
  const [activeKey, setActiveKey] = useState<string>();
  useEffect(() => {
    const timer = setTimeout(() => setServerQuery(query.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const asking = serverQuery.length >= MIN_SERVER_QUERY;
  const server = useQuery({
    // a composite search of the palette (not one endpoint): its own key, kept briefly
    queryKey: ['palette', 'search', serverQuery],
    queryFn: ({ signal }) => searchServer(serverQuery, signal, t),
    enabled: asking,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    gcTime: 60_000,
    retry: false,
  });

  const typed = query.trim();
  const found: Record<PaletteGroup, PaletteItem[]> = { recent: [], pages: matchPages(pages, typed), clients: [], users: [], devices: [], tokens: [] };
  if (typed === '') found.recent = [...recentItems()];
  if (asking && typed.length >= MIN_SERVER_QUERY) for (const item of server.data ?? []) found[item.group].push(item);
  const groups = GROUP_ORDER.filter((group) => found[group].length > 0).map((group) => ({ group, items: found[group] }));
  const options = groups.flatMap(({ group, items }) => items.map((item) => ({ key: `${group}:${item.id}`, item })));
  // the active option stays put while results come in, else it is the first one
  const activeIndex = Math.max(0, options.findIndex((option) => option.key === activeKey));
  const active = options[activeIndex];
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    if (active) document.getElementById(optionId(activeIndex))?.scrollIntoView?.({ block: 'nearest' });
  });

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count > 0) {
      event.preventDefault();
      const next = (activeIndex + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
      setActiveKey(options[next]?.key);
    } else if (event.key === 'Enter' && active) {
      event.preventDefault();
      onPick(active.item);
    }
  };

  const searching = asking && server.isFetching;
  let index = 0;
  return (
    <div className="palette">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('tools.palette.search')}
      </label>
      <input
        id={`${id}-input`}
        className="palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={active ? optionId(activeIndex) : undefined}
        placeholder={t('tools.palette.placeholder')}
        spellCheck={false}
        autoComplete="off"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActiveKey(undefined);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={t('tools.palette.search')} className="palette-list" aria-busy={searching || undefined}>
        {groups.map(({ group, items }) => (
          <li key={group} role="presentation">
            <ul role="group" aria-labelledby={`${id}-${group}`} className="palette-group">
              <li role="presentation" id={`${id}-${group}`} className="palette-heading">
                {t(`tools.palette.groups.${group}`)}
              </li>
              {items.map((item) => {
                const at = index++;
                const selected = at === activeIndex;
                return (
                  <li
                    key={`${group}:${item.id}`}
                    id={optionId(at)}
                    role="option"
                    aria-selected={selected}
                    className={selected ? 'palette-item palette-item-active' : 'palette-item'}
                    // the input keeps focus: a click picks without moving it
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseMove={() => !selected && setActiveKey(`${group}:${item.id}`)}
                    onClick={() => onPick(item)}
                  >
                    <span className="palette-label">{item.label}</span>
                    {item.detail && <span className="palette-detail">{item.detail}</span>}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      <p role="status" className="palette-status">
        {searching
          ? t('tools.palette.searching')
          : options.length === 0
            ? t('tools.palette.empty', { query: typed })
            : typed.length > 0 && typed.length < MIN_SERVER_QUERY
              ? t('tools.palette.typeMore', { count: MIN_SERVER_QUERY })
              : ''}
      </p>
    </div>
  );
}

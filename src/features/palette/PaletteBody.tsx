import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCombobox } from 'downshift';
import { useEffect, useState } from 'react';
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
 * The palette's combobox (Downshift's useCombobox, APG combobox with a listbox): the input keeps focus, arrows move
 * the active option (aria-activedescendant), Enter goes there. Groups are our own markup (`role="group"` named by
 * its heading). Pages match locally at once; the server is asked after a pause, and a query that changes cancels
 * the request in flight (React Query aborts a query nobody reads any more).
 */
export function PaletteBody({ pages, onPick }: PaletteBodyProps) {
  const { _: t } = useLingui();
  const [query, setQuery] = useState('');
  const [serverQuery, setServerQuery] = useState('');
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
  const serverItems = asking && typed.length >= MIN_SERVER_QUERY ? (server.data ?? []) : [];
  const found: Record<PaletteGroup, readonly PaletteItem[]> = {
    recent: typed === '' ? recentItems() : [],
    pages: matchPages(pages, typed),
    clients: [],
    users: [],
    devices: [],
    tokens: [],
  };
  for (const item of serverItems) found[item.group] = [...found[item.group], item];
  const groups = GROUP_ORDER.filter((group) => found[group].length > 0).map((group) => ({ group, items: found[group] }));
  const items = groups.flatMap((g) => g.items);

  const combobox = useCombobox<PaletteItem>({
    items,
    isOpen: true,
    inputValue: query,
    defaultHighlightedIndex: 0,
    itemToString: (item) => item?.label ?? '',
    itemToKey: (item) => item?.id,
    onInputValueChange: ({ inputValue, type }) => {
      if (type === useCombobox.stateChangeTypes.InputChange) setQuery(inputValue);
    },
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem) onPick(selectedItem);
    },
  });

  const searching = asking && server.isFetching;
  let index = 0;
  return (
    <div className="palette">
      <label {...combobox.getLabelProps({ className: 'visually-hidden' })}>{t('tools.palette.search')}</label>
      <input
        {...combobox.getInputProps({ className: 'palette-input', placeholder: t('tools.palette.placeholder'), spellCheck: false, autoComplete: 'off' })}
      />
      <ul {...combobox.getMenuProps({ className: 'palette-list', 'aria-busy': searching || undefined })}>
        {groups.map(({ group, items: groupItems }) => (
          <li key={group} role="presentation">
            <ul role="group" aria-labelledby={`palette-group-${group}`} className="palette-group">
              <li role="presentation" id={`palette-group-${group}`} className="palette-heading">
                {t(`tools.palette.groups.${group}`)}
              </li>
              {groupItems.map((item) => {
                const at = index++;
                return (
                  <li
                    key={`${group}:${item.id}`}
                    {...combobox.getItemProps({ item, index: at })}
                    className={combobox.highlightedIndex === at ? 'palette-item palette-item-active' : 'palette-item'}
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
          : items.length === 0
            ? t('tools.palette.empty', { query: typed })
            : typed.length > 0 && typed.length < MIN_SERVER_QUERY
              ? t('tools.palette.typeMore', { count: MIN_SERVER_QUERY })
              : ''}
      </p>
    </div>
  );
}

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureI18n, renderApp, renderWithI18n } from '@/test/renderApp';
import { setThemeChoice } from './theme';
import { ThemeSelect } from './ThemeSelect';

afterEach(() => {
  setThemeChoice('system');
  localStorage.clear();
});

describe('ThemeSelect', () => {
  it('offers system, light and dark, and applies and keeps the choice', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<ThemeSelect />);
    const select = screen.getByRole('combobox', { name: 'Theme' });
    expect(select).toHaveValue('system');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['System', 'Light', 'Dark']);
    await user.selectOptions(select, 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('authms.console.theme')).toBe('dark');
    expect(select).toHaveValue('dark');
  });

  it('is in the header of every page, next to the language', async () => {
    await renderApp('/tokens');
    expect(await screen.findByRole('combobox', { name: 'Theme' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeInTheDocument();
  });

  it('speaks Simplified Chinese', async () => {
    await renderWithI18n(<ThemeSelect />, { language: 'zh-CN' });
    expect(screen.getByRole('combobox', { name: '主题' })).toBeInTheDocument();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['跟随系统', '浅色', '深色']);
    await ensureI18n('en');
  });
});

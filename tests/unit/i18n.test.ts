import { describe, expect, it, vi } from 'vitest';
import { detectLang, t } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { recordKindLabel } from '../../src/i18n/labels';
import type { Message } from '../../src/i18n/plural';
import { ru } from '../../src/i18n/ru';
import { zh } from '../../src/i18n/zh';
import { formatQuantity } from '../../src/panels/figure-text';

const forms = (m: Message): string[] => (typeof m === 'string' ? [m] : Object.values(m));

describe('languages', () => {
  it('takes the first supported browser language', () => {
    expect(detectLang(['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(detectLang(['zh-Hant-TW'])).toBe('zh');
    expect(detectLang(['fr'])).toBe('en');
    expect(detectLang([])).toBe('en');
  });

  it('fills placeholders', () => {
    expect(t('en', 'urlDropped', { params: 'lang, map' })).toBe(
      'Some link parameters were not understood and were ignored: lang, map.',
    );
  });

  it('has every message in all three languages, none left in English by mistake', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      for (const text of [...forms(zh[key]), ...forms(ru[key])]) expect(text.length).toBeGreaterThan(0);
      expect(forms(zh[key])).not.toEqual(forms(en[key]));
      expect(forms(ru[key])).not.toEqual(forms(en[key]));
    }
  });

  it('keeps the same placeholders in every translation and every plural form', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const expected = holes(forms(en[key])[0]!);
      for (const text of [...forms(en[key]), ...forms(zh[key]), ...forms(ru[key])]) expect(holes(text)).toBe(expected);
    }
  });
});

describe('counted words', () => {
  it('says "1 suggestion" and "2 suggestions" in English', () => {
    expect(t('en', 'searchCount', { count: 1 })).toMatch(/^1 suggestion;/);
    expect(t('en', 'searchCount', { count: 2 })).toMatch(/^2 suggestions;/);
    expect(t('en', 'routeStripLabel', { route: 'Best', count: 1 })).toBe('Best: 1 leg');
  });

  it('uses the Russian forms for 1, 3 and 5, and the genitive after "из"', () => {
    const strip = (count: number) => t('ru', 'routeStripLabel', { route: 'Лучший', count });
    expect([strip(1), strip(3), strip(5), strip(21)]).toEqual([
      'Лучший: 1 участок',
      'Лучший: 3 участка',
      'Лучший: 5 участков',
      'Лучший: 21 участок',
    ]);
    expect(t('ru', 'filterSummary', { shown: '5', count: 21 })).toBe('Показано 5 из 21 записи');
    expect(t('ru', 'filterSummary', { shown: '5', count: 25 })).toBe('Показано 5 из 25 записей');
  });

  it('groups the digits of a count as each language writes them, and leaves years alone', () => {
    expect(t('en', 'listCount', { count: 12500 })).toBe('12,500 records shown');
    expect(t('ru', 'listCount', { count: 12500 })).toMatch(/^Показано объектов: 12\s500$/u);
    expect(t('en', 'listPlannedYear', { year: 2027 })).toContain('2027');
  });

  it('writes a figure\'s unit in the number\'s form: "3 891 поезд", "5 поездов", "1 train"', () => {
    expect(formatQuantity({ value: 3891 }, 'trains', 'ru')).toMatch(/^3\s891 поезд$/u);
    expect(formatQuantity({ value: 5 }, 'trains', 'ru')).toBe('5 поездов');
    expect(formatQuantity({ value: 2 }, 'trains', 'ru')).toBe('2 поезда');
    expect(formatQuantity({ value: 1 }, 'trains', 'en')).toBe('1 train');
    expect(formatQuantity({ range: { min: 10, max: 20 } }, 'days', 'en')).toBe('10–20 days');
  });

  it('names every kind from typed tables, and shows an unknown kind as it is', () => {
    expect(recordKindLabel('node', 'dry_port', 'ru')).toBe(ru.node_dry_port);
    expect(recordKindLabel('segment', 'ferry', 'en')).toBe('Ferry leg');
    expect(recordKindLabel('project', 'constructor', 'en')).toBe('constructor');
  });
});

describe('strings loaded per language', () => {
  it('switches language only once the chosen language has arrived, showing the choice meanwhile', async () => {
    // Fresh copies of the modules: no language loaded yet, as in a browser before main.tsx has run.
    vi.resetModules();
    const i18n = await import('../../src/i18n');
    const { useAppStore } = await import('../../src/store');
    await i18n.loadCatalogue('en');
    useAppStore.setState({ lang: 'en' });
    expect(() => i18n.t('ru', 'appTitle')).toThrow(/ru string appTitle/);

    useAppStore.getState().setLang('ru');
    expect(useAppStore.getState()).toMatchObject({ lang: 'en', langPending: 'ru' });

    await i18n.loadCatalogue('ru');
    // The switch also waits for the records' names in Russian, which are at hand here (no view was loaded).
    await vi.waitFor(() => expect(useAppStore.getState()).toMatchObject({ lang: 'ru', langPending: null }));
    expect(i18n.t('ru', 'appTitle')).toBe('Атлас коридоров');
  });

  it('brings the tools’ strings with the tools, and with every later language once a tool is open', async () => {
    vi.resetModules();
    const i18n = await import('../../src/i18n');
    await i18n.loadCatalogue('en');
    // The first view's own buttons into the tools are there; the planner's words are not.
    expect(i18n.t('en', 'tabRoute')).toBe('Route');
    expect(() => i18n.t('en', 'routeTitle')).toThrow(/en string routeTitle/);
    await i18n.loadToolStrings('en');
    expect(i18n.t('en', 'routeTitle')).toBe('Plan a route');
    expect(i18n.hasCatalogue('zh')).toBe(false);
    await i18n.loadCatalogue('zh');
    expect(i18n.hasCatalogue('zh')).toBe(true);
    expect(i18n.t('zh', 'routeTitle')).toBe('规划路径');
  });
});

import { describe, expect, it } from 'vitest';
import { detectLang, t } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import { zh } from '../../src/i18n/zh';

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
      expect(zh[key].length).toBeGreaterThan(0);
      expect(ru[key].length).toBeGreaterThan(0);
      expect(zh[key]).not.toBe(en[key]);
      expect(ru[key]).not.toBe(en[key]);
    }
  });

  it('keeps the same placeholders in every translation', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(holes(zh[key])).toBe(holes(en[key]));
      expect(holes(ru[key])).toBe(holes(en[key]));
    }
  });
});

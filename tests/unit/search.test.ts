import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { fold } from '../../src/search/fold';
import { buildSearchIndex, indexDataset, search } from '../../src/search';
import type { SearchDoc } from '../../src/search';
import { latinKey } from '../../src/search/translit';

const names = (en: string, zh: string, ru: string) => ({ en, zh, ru });
const common = { status: 'operational' as const, figures: [], sources: ['seed-000'], aliases: [] as string[] };
const point = (lon: number, lat: number) => ({ type: 'Point' as const, coordinates: [lon, lat] as [number, number] });

function node(
  id: string,
  kind: Dataset['nodes'][number]['properties']['kind'],
  n: ReturnType<typeof names>,
  aliases: string[] = [],
) {
  return {
    type: 'Feature' as const,
    geometry: point(80, 44),
    properties: {
      ...common,
      id,
      kind,
      names: n,
      aliases,
      countries: ['KAZ'],
      modes: ['rail' as const],
      located: 'seed-000',
    },
  };
}

const data: Dataset = {
  sources: [],
  corridors: [
    {
      ...common,
      id: 'middle-corridor',
      kind: 'corridor',
      names: names(
        'Trans-Caspian International Transport Route',
        '跨里海国际运输走廊',
        'Транскаспийский международный транспортный маршрут',
      ),
      aliases: ['Middle Corridor', '中间走廊', 'Средний коридор', 'TITR'],
      colour: '#123456',
      countries: ['KAZ', 'AZE'],
    },
  ],
  nodes: [
    node('khorgos', 'border_crossing', names('Khorgos', '霍尔果斯', 'Хоргос'), [
      'Horgos',
      'Qorğas',
      'Huoerguosi',
      'Altynkol',
    ]),
    node('khorgos-city', 'city', names('Khorgos (town)', '霍尔果斯市', 'Хоргос (город)')),
    node('yekaterinburg', 'city', names('Yekaterinburg', '叶卡捷琳堡', 'Екатеринбург')),
    node(
      'port-alat',
      'seaport',
      names('Port of Baku (Alat)', '巴库国际海港（阿利亚特）', 'Бакинский морской порт (Алят)'),
      ['Ələt'],
    ),
    node('xian', 'city', names("Xi'an", '西安', 'Сиань')),
    node('zhezkazgan', 'junction', names('Zhezkazgan', '杰兹卡兹甘', 'Жезказган'), ['Jezkazgan', 'Жезқазған']),
    node('ulaanbaatar', 'city', names('Ulaanbaatar', '乌兰巴托', 'Улан-Батор'), ['Ulan Bator']),
    node('almaty', 'city', names('Almaty', '阿拉木图', 'Алматы')),
  ],
  segments: [
    {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [80, 44],
          [77, 43],
        ],
      },
      properties: {
        id: 'khorgos-almaty',
        corridors: ['middle-corridor'],
        mode: 'rail',
        status: 'operational',
        precision: 'traced',
        geometrySource: 'seed-000',
        from: 'khorgos',
        to: 'almaty',
        figures: [],
        sources: ['seed-000'],
      },
    },
  ],
  projects: [],
};

const index = indexDataset(data);
const ids = (q: string, lang: 'en' | 'zh' | 'ru' = 'en') => search(index, q, lang).map((h) => h.doc.id);

describe('folding', () => {
  it('ignores case, diacritics and punctuation, and maps ё to е', () => {
    expect(fold('  Qorğas!  ')).toBe('qorgas');
    expect(fold('Ələt')).toBe('alat');
    expect(fold('Ёлкино')).toBe('елкино');
    expect(fold('Alashankou–Dostyk')).toBe('alashankou dostyk');
    expect(fold("Xi'an")).toBe('xian');
    expect(fold('Oʻzbekiston')).toBe('ozbekiston');
    expect(fold('Türkmenbaşy')).toBe('turkmenbasy');
    expect(fold('Bakı')).toBe('baki');
  });

  it('folds Kazakh and Mongolian Cyrillic letters to their Russian neighbours', () => {
    expect(fold('Қорғас')).toBe('коргас');
    expect(fold('Ақтау')).toBe('актау');
    expect(fold('Өскемен')).toBe('оскемен');
    expect(fold('Ұлытау Үржар Һ ң')).toBe('улытау уржар х н');
  });

  it('keeps Chinese characters and makes full-width forms ordinary', () => {
    expect(fold('霍尔果斯口岸')).toBe('霍尔果斯口岸');
    expect(fold('ＫＨＯＲＧＯＳ')).toBe('khorgos');
  });
});

describe('transliteration key', () => {
  it('brings Cyrillic and common Latin spellings to one key', () => {
    expect(latinKey(fold('Хоргос'))).toBe(latinKey(fold('Khorgos')));
    expect(latinKey(fold('Horgos'))).toBe(latinKey(fold('Khorgos')));
    expect(latinKey(fold('Жезказган'))).toBe(latinKey(fold('Zhezkazgan')));
    expect(latinKey(fold('Jezkazgan'))).toBe(latinKey(fold('Zhezkazgan')));
    expect(latinKey(fold('Екатеринбург'))).toBe(latinKey(fold('Yekaterinburg')));
    expect(latinKey(fold('Aqtau'))).toBe(latinKey(fold('Актау')));
    expect(latinKey(fold('Ташкент'))).toBe('tashkent');
  });

  it('keeps different places apart', () => {
    expect(latinKey(fold('Kashgar'))).not.toBe(latinKey(fold('Khorgos')));
    expect(latinKey(fold('Алматы'))).not.toBe(latinKey(fold('Актау')));
  });
});

describe('search', () => {
  it('finds the Khorgos crossing first by every spelling', () => {
    for (const q of [
      'Khorgos',
      'Horgos',
      'Хоргос',
      '霍尔果斯',
      'khorgos',
      'HORGOS',
      'Qorgas',
      'Huoerguosi',
      'Altynkol',
    ]) {
      expect(ids(q)[0], q).toBe('khorgos');
    }
  });

  it('finds by a Cyrillic query written in Latin and a Latin query written in Cyrillic', () => {
    expect(ids('Zhezkazgan')[0]).toBe('zhezkazgan');
    expect(ids('Жезказган')[0]).toBe('zhezkazgan');
    expect(ids('Ekaterinburg')[0]).toBe('yekaterinburg');
    expect(ids('Улан Батор')[0]).toBe('ulaanbaatar');
    expect(ids('Ulan-Bator')[0]).toBe('ulaanbaatar');
  });

  it('finds by aliases with diacritics typed without them and by words inside a name', () => {
    expect(ids('Elet')).toEqual([]);
    expect(ids('Alat')[0]).toBe('port-alat');
    expect(ids('alat')[0]).toBe('port-alat');
    expect(ids('middle corridor')).toEqual(['middle-corridor']);
    expect(ids('中间')).toEqual(['middle-corridor']);
    expect(ids('средний')).toEqual(['middle-corridor']);
    expect(ids('xian')).toEqual(['xian']);
  });

  it('ranks exact before prefix before word prefix before substring', () => {
    const docs: SearchDoc[] = ['Aktobe', 'Ak', 'Port Ak', 'Bak'].map((en, i) => ({
      id: `d${i}`,
      type: 'node',
      kind: 'city',
      label: names(en, en, en),
      names: [en],
      importance: 3,
    }));
    expect(search(buildSearchIndex(docs), 'ak', 'en').map((h) => h.doc.label.en)).toEqual([
      'Ak',
      'Aktobe',
      'Port Ak',
      'Bak',
    ]);
  });

  it('puts the crossing before the town and the segment of the same name on equal matches', () => {
    expect(ids('Khorg')).toEqual(['khorgos', 'khorgos-city', 'khorgos-almaty']);
  });

  it('names a segment without names after its ends, in the reader language', () => {
    const hit = search(index, 'Khorgos – Almaty', 'ru')[0]!;
    expect(hit.doc.id).toBe('khorgos-almaty');
    expect(hit.doc.label.ru).toBe('Хоргос — Алматы');
  });

  it('tells which spelling matched: the one typed, else the name in the reader language', () => {
    expect(search(index, 'Huoer', 'en')[0]!.matched).toBe('Huoerguosi');
    // "Horgos" is an alias, and also the English name by its phonetic key: the alias was typed.
    expect(search(index, 'horgos', 'en')[0]!.matched).toBe('Horgos');
    expect(search(index, 'Хоргос', 'en')[0]!.matched).toBe('Хоргос');
    expect(search(index, 'Khorgos', 'ru')[0]!.matched).toBe('Khorgos');
    // "port" starts the English name and, transliterated, the Russian one: the English name is shown.
    expect(search(index, 'port', 'en')[0]!.matched).toBe('Port of Baku (Alat)');
  });

  it('returns nothing for an empty or punctuation-only query, and at most the limit', () => {
    expect(ids('')).toEqual([]);
    expect(ids(' -–, ')).toEqual([]);
    expect(search(index, 'a', 'en', 3)).toHaveLength(3);
  });
});

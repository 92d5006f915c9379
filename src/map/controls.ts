// MapLibre's own controls (zoom, compass, scale) and the canvas's label in the UI language. MapLibre reads its
// strings once, when a control is added, from the `locale` table it copied at construction; a language change
// therefore patches that table and adds the controls again.
import { NavigationControl, ScaleControl, type IControl, type Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../data/schema';

const STRINGS: Record<Lang, Record<string, string>> = {
  en: {
    'Map.Title': 'Map canvas: drag to pan, scroll to zoom',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'NavigationControl.ResetBearing': 'Reset bearing to north',
    'AttributionControl.ToggleAttribution': 'Toggle attribution',
    'ScaleControl.Kilometers': 'km',
    'ScaleControl.Meters': 'm',
    'Popup.Close': 'Close popup',
  },
  zh: {
    'Map.Title': '地图画布：拖动平移，滚轮缩放',
    'NavigationControl.ZoomIn': '放大',
    'NavigationControl.ZoomOut': '缩小',
    'NavigationControl.ResetBearing': '将方向重置为正北',
    'AttributionControl.ToggleAttribution': '显示或隐藏数据来源',
    'ScaleControl.Kilometers': '公里',
    'ScaleControl.Meters': '米',
    'Popup.Close': '关闭弹窗',
  },
  ru: {
    'Map.Title': 'Холст карты: перетаскивание — сдвиг, колесо — масштаб',
    'NavigationControl.ZoomIn': 'Приблизить',
    'NavigationControl.ZoomOut': 'Отдалить',
    'NavigationControl.ResetBearing': 'Повернуть карту на север',
    'AttributionControl.ToggleAttribution': 'Показать или скрыть источники',
    'ScaleControl.Kilometers': 'км',
    'ScaleControl.Meters': 'м',
    'Popup.Close': 'Закрыть',
  },
};

/** The patch to MapLibre's UI strings for `lang`, the canvas's accessible name among them (the region around it
 * carries the map's own name). */
export const mapLocale = (lang: Lang): Record<string, string> => STRINGS[lang];

/** Adds the zoom, compass and scale controls in `lang`; the returned function switches them to another language. */
export function addLocalisedControls(map: MapLibreMap, lang: Lang): (next: Lang) => void {
  let controls: IControl[] = [];
  const add = () => {
    controls = [new NavigationControl({ visualizePitch: true }), new ScaleControl({ unit: 'metric' })];
    map.addControl(controls[0]!, 'top-right');
    // The scale sits above the credits in the same corner: where the credits wrap (a narrow map, the list view)
    // they would otherwise run under it.
    map.addControl(controls[1]!, 'bottom-right');
  };
  add();
  let current = lang;
  return (next) => {
    if (next === current) return;
    current = next;
    // `_locale` is MapLibre's declared (underscore-named) table of UI strings; it has no setter.
    map._locale = { ...map._locale, ...mapLocale(next) };
    map.getCanvas().setAttribute('aria-label', map._locale['Map.Title'] ?? '');
    for (const c of controls) map.removeControl(c);
    add();
  };
}

// MapLibre's stylesheet styles every control it ships. Most of its bytes are icons drawn as inline SVG for controls the
// atlas never adds: the MapLibre logo alone is over half the file. The first view downloads and parses this CSS
// before it can paint, so the build keeps only the rules for what the atlas uses (the map, its canvas, the
// navigation, scale and attribution controls) and drops the rest. A PostCSS plugin, run by Vite on that one file.
import type { AtRule, Plugin as PostcssPlugin, Rule } from 'postcss';

/**
 * Class names of what the atlas does not create (map/MapView.tsx, map/controls.ts): a selector naming one of them
 * can never match. Adding such a control to the map means taking its name off this list.
 */
export const UNUSED_MAPLIBRE_CLASSES = [
  'maplibregl-ctrl-logo',
  'maplibregl-ctrl-geolocate',
  'maplibregl-user-location',
  'maplibregl-ctrl-fullscreen',
  'maplibregl-ctrl-shrink',
  'maplibregl-pseudo-fullscreen',
  'maplibregl-ctrl-terrain',
  'maplibregl-ctrl-globe',
  'maplibregl-popup',
  'maplibregl-marker',
  'maplibregl-cooperative-gesture',
  'maplibregl-cooperative-gestures',
  'maplibregl-desktop-message',
  'maplibregl-mobile-message',
] as const;

const names = (selector: string): string[] => selector.match(/\.maplibregl-[\w-]+/g)?.map((c) => c.slice(1)) ?? [];

/** Whether a selector names a class of something the atlas does not create (a prefix match: `-active`, `-tip`…). */
export function namesUnusedControl(selector: string): boolean {
  return names(selector).some((c) => UNUSED_MAPLIBRE_CLASSES.some((u) => c === u || c.startsWith(`${u}-`)));
}

const isMaplibreCss = (file: string | undefined): boolean =>
  !!file && /[\\/]maplibre-gl[\\/]dist[\\/]maplibre-gl\.css$/.test(file);

export function trimMaplibreCss(): PostcssPlugin {
  return {
    postcssPlugin: 'atlas-trim-maplibre-css',
    Once(root) {
      if (!isMaplibreCss(root.source?.input.file)) return;
      root.walkRules((rule: Rule) => {
        const kept = rule.selectors.filter((s) => !namesUnusedControl(s));
        if (!kept.length) rule.remove();
        else if (kept.length < rule.selectors.length) rule.selectors = kept;
      });
      // Animations no kept rule runs (the geolocation's spin and pulse) go too.
      const animated = new Set<string>();
      root.walkDecls(/^animation(-name)?$/, (d) => {
        for (const word of d.value.split(/[\s,]+/)) animated.add(word);
      });
      root.walkAtRules('keyframes', (at: AtRule) => {
        if (!animated.has(at.params.trim())) at.remove();
      });
      // A media query whose rules all went goes with them.
      root.walkAtRules((at: AtRule) => {
        if (at.nodes && !at.nodes.length) at.remove();
      });
    },
  };
}

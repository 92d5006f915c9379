// Camera intents from the store become MapLibre camera calls here, and nowhere else.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CameraIntent } from '../store/camera-slice';

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

export function applyIntent(map: MapLibreMap, intent: CameraIntent): void {
  const animate = !intent.instant && !prefersReducedMotion();
  if (intent.kind === 'fit') {
    const [w, s, e, n] = intent.bounds;
    const side = 48 + (intent.labelRoom ?? 0);
    map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      {
        padding: { top: 48, bottom: 48, left: side, right: side },
        maxZoom: intent.maxZoom ?? 8,
        animate,
        duration: animate ? 1200 : 0,
      },
    );
    return;
  }
  const { center, zoom, bearing, pitch } = intent.camera;
  const options = { center, zoom, bearing, pitch };
  if (animate) map.flyTo({ ...options, duration: 1400, essential: false });
  else map.jumpTo(options);
}

// The shown route on the map: its layers added to the atlas overlay, and the camera framing it after the reader
// changes the plan (not after a link or Back, which carry their own camera; a link without one frames the route).
import { useEffect, useMemo, useRef } from 'react';
import { routeOverlay, withRouteLayers } from '../layers/route-style';
import type { Overlay } from '../map/style';
import { useAppStore } from '../store';
import { HOME_CAMERA, type Bounds } from '../store/camera-slice';
import { coveredInsets, framed, type Viewport } from '../story/frame';
import { routeBounds, routeFeatures } from './route-features';
import { usePlan } from './use-plan';

/** The map's size and how far the side panel reaches over it (on phones it is a sheet over the map's bottom). */
function panelViewport(): Viewport | null {
  const map = document.querySelector('.map');
  const panel = document.querySelector('.side-panel');
  if (!map || !panel) return null;
  const m = map.getBoundingClientRect();
  return { width: m.width, height: m.height, inset: coveredInsets(m, panel.getBoundingClientRect()) };
}

/**
 * Below this zoom a route spans a continent; framed in the strip of map a phone's sheet leaves open it would be
 * smaller than the map's own bounds allow, and the map would push it back under the sheet. Such a route is
 * shown from its middle at this zoom instead, and whole once the sheet is closed.
 */
const SHEET_MIN_ZOOM = 2.5;

function frameRoute(bounds: Bounds): void {
  const viewport = panelViewport();
  const fit = framed({ kind: 'fit', bounds, maxZoom: 8 }, viewport);
  const covered = viewport && Object.values(viewport.inset).some((v) => v > 0);
  const zoom = fit.kind === 'fly' ? fit.camera.zoom : undefined;
  if (covered && zoom !== undefined && zoom < SHEET_MIN_ZOOM) {
    const [w, s, e, n] = bounds;
    const middle = { center: [(w + e) / 2, (s + n) / 2] as [number, number], zoom: SHEET_MIN_ZOOM };
    useAppStore.getState().moveCamera(framed({ kind: 'fly', camera: middle }, viewport));
  } else useAppStore.getState().moveCamera(fit);
}

export function useWithRouteLayers(base: Overlay): Overlay {
  const { net, chosen } = usePlan();
  const asked = useAppStore((s) => s.routeAsked);
  const features = useMemo(() => (net && chosen ? routeFeatures(chosen, net) : null), [net, chosen]);
  const framedAt = useRef(asked);
  const first = useRef(true);

  useEffect(() => {
    if (!features) return;
    const s = useAppStore.getState();
    const opening = first.current && s.camera === HOME_CAMERA && !s.story;
    first.current = false;
    if (asked === framedAt.current && !opening) return;
    framedAt.current = asked;
    const bounds = routeBounds(features);
    if (bounds) frameRoute(bounds);
  }, [features, asked]);

  return useMemo(
    () => (features ? (withRouteLayers(base, routeOverlay(features)) as Overlay) : base),
    [base, features],
  );
}

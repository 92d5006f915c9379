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

/** Room beside the route's ends for their place names, so a name at the map's edge is not cut off. */
const END_LABEL_ROOM = 24;

/** The whole route in the part of the map the reader sees (on phones the sheet is below the map, not over it). */
function frameRoute(bounds: Bounds): void {
  const fit = { kind: 'fit', bounds, maxZoom: 8, labelRoom: END_LABEL_ROOM } as const;
  useAppStore.getState().moveCamera(framed(fit, panelViewport()));
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

// The one owner of the MapLibre instance. Everything else talks to the map through the store (camera intents)
// and through the `overlay` prop (sources and layers as data).
import { useEffect, useRef } from 'react';
// Named imports only: MapLibre is a chunk of its own, and a namespace passed around as a value would make the
// bundler keep every export of it.
import { addProtocol, Map as MapLibreMap } from 'maplibre-gl';
import type { GeoJSONSource, MapGeoJSONFeature, MapMouseEvent, Point } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { t, type Lang } from '../i18n';
import { BASEMAP_ATTRIBUTION } from '../layers/basemap-style';
import { CAMERA_BOUNDS, CAMERA_MAXZOOM } from '../layers/basemap-tiles';
import { useAppStore } from '../store';
import { HOME_CAMERA } from '../store/camera-slice';
import { basemapConfig } from './config';
import { applyIntent } from './camera';
import { registerPmtiles } from './pmtiles';
import { attachSnapshots } from './attached';
import { markFirstViewSettled } from './settled';
import { addLocalisedControls, mapLocale } from './controls';
import { useProgressiveDraw } from './use-progressive-draw';
import { loadForeignStyle, styleErrorDetail, verifyEmbeddedBasemap, workerProblem } from './errors';
import { dataChanges, embeddedStyle, foreignStyle, type Overlay } from './style';
import type { StyleSpecification } from 'maplibre-gl';
import { workerUrl } from './worker';

const config = basemapConfig(import.meta.env, window.location.href);
/** How long the map may take to load before the worker is checked. */
const WORKER_WATCHDOG_MS = 8000;
const PHONE_HOME = { center: [76, 38] as [number, number], zoom: HOME_CAMERA.zoom - 1.1 };

export interface MapPick {
  layerId: string;
  properties: Record<string, unknown>;
}

interface Props {
  overlay: Overlay;
  /** Layers whose features can be hovered and clicked. */
  interactiveLayerIds?: string[];
  /** A click: the feature under it, if any, and where on the map it was (longitude, latitude). */
  onPick?: (pick: MapPick | null, at: [number, number]) => void;
  onHover?: (pick: MapPick | null, point: { x: number; y: number }) => void;
}

declare global {
  interface Window {
    /** Handle for the end-to-end tests (queryRenderedFeatures, idle); only the test build (`--mode e2e`) sets it. */
    __atlas?: { map: MapLibreMap };
  }
}

const isCluster = (f: MapGeoJSONFeature): boolean => typeof f.properties.cluster_id === 'number';
const clusterAt = (f: MapGeoJSONFeature): [number, number] =>
  (f.geometry as GeoJSON.Point).coordinates as [number, number];

/**
 * A cluster of points opens: the map zooms to where its points come apart. False (nothing done) for any other
 * feature. Clusters are the map's way of drawing many points, not records, so they never reach the selection.
 */
function zoomIntoCluster(map: MapLibreMap, f: MapGeoJSONFeature | undefined): boolean {
  if (!f || !isCluster(f)) return false;
  const source = map.getSource<GeoJSONSource>(f.source);
  if (!source) return false;
  const center = clusterAt(f);
  source
    .getClusterExpansionZoom(f.properties.cluster_id as number)
    // At least one step closer, so opening a cluster always reads as a zoom.
    .then((zoom) => map.easeTo({ center, zoom: Math.min(Math.max(zoom, map.getZoom() + 1), map.getMaxZoom()) }))
    .catch(() => map.easeTo({ center, zoom: map.getZoom() + 2 }));
  return true;
}

/** How far from the pointer, in CSS pixels, a thin line or a small dot is still found. */
const PICK_TOLERANCE_PX = 6;

/**
 * The topmost feature of `layers` under the pointer, or failing that the topmost within PICK_TOLERANCE_PX of it,
 * so a line a few pixels wide can be hovered and clicked without a wide invisible line drawn for it.
 */
function featureAt(map: MapLibreMap, point: Point, layers: string[]): MapGeoJSONFeature | undefined {
  const exact = map.queryRenderedFeatures(point, { layers })[0];
  if (exact) return exact;
  const r = PICK_TOLERANCE_PX;
  return map.queryRenderedFeatures(
    [
      [point.x - r, point.y - r],
      [point.x + r, point.y + r],
    ],
    { layers },
  )[0];
}

export function MapView({ overlay, interactiveLayerIds = [], onPick, onHover }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const baseRef = useRef<StyleSpecification | null>(null);
  const overlayRef = useRef(overlay);
  /** The overlay and language the map was last given, to tell a change of data alone from a change of style. */
  const appliedRef = useRef<{ overlay: Overlay; lang: Lang } | null>(null);
  const langRef = useRef(useAppStore.getState().lang);
  const styleReady = useRef(false);
  const relocaliseRef = useRef<((lang: Lang) => void) | null>(null);
  const lang = useAppStore((s) => s.lang);

  const styleFor = (l: typeof lang, o: Overlay): StyleSpecification | null => {
    if (config.kind === 'style-url') return baseRef.current ? foreignStyle(baseRef.current, o) : null;
    return embeddedStyle(config, l, o);
  };

  // Create the map once.
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const store = useAppStore.getState();
    if (config.kind === 'pmtiles') registerPmtiles(addProtocol);
    // A phone shows the same region as a desk screen, further out and a little south (Mercator gives the Arctic
    // most of a tall screen otherwise).
    const narrow = el.clientWidth < 640 && store.camera === HOME_CAMERA;
    let map: MapLibreMap;
    const initial = styleFor(store.lang, overlayRef.current);
    try {
      map = new MapLibreMap({
        container: el,
        style: initial ?? { version: 8, sources: {}, layers: [] },
        center: narrow ? PHONE_HOME.center : store.camera.center,
        zoom: narrow ? PHONE_HOME.zoom : store.camera.zoom,
        bearing: store.camera.bearing,
        pitch: store.camera.pitch,
        attributionControl: { compact: false, customAttribution: BASEMAP_ATTRIBUTION },
        // No preserveDrawingBuffer: it makes every frame copy its buffer, which slowed the first view by a third on
        // software WebGL. The PNG and video export copy the canvas in the frame's own `render` event instead.
        locale: mapLocale(store.lang),
        maxPitch: 60,
        // The basemap's land stops at 12°S, and its z7 tiles hold too little for closer views than CAMERA_MAXZOOM.
        maxBounds: CAMERA_BOUNDS,
        maxZoom: CAMERA_MAXZOOM,
      });
    } catch (err) {
      store.notify('error', t(store.lang, 'webglError'));
      console.warn(err);
      markFirstViewSettled();
      return;
    }
    mapRef.current = map;
    if (import.meta.env.MODE === 'e2e') window.__atlas = { map };
    const detachSnapshots = attachSnapshots(map);
    const watchdog = window.setTimeout(() => {
      if (map.loaded()) return;
      void workerProblem(new URL(workerUrl, window.location.href).href).then((problem) => {
        if (!problem) return;
        const s = useAppStore.getState();
        s.notify('error', t(s.lang, 'workerMissing', { detail: problem }), 'worker');
      });
    }, WORKER_WATCHDOG_MS);
    map.once('load', () => window.clearTimeout(watchdog));
    map.once('idle', markFirstViewSettled);
    relocaliseRef.current = addLocalisedControls(map, store.lang);

    if (initial) appliedRef.current = { overlay: overlayRef.current, lang: store.lang };
    map.once('style.load', () => {
      styleReady.current = true;
      // The style the map was made with is still the one wanted: diffing it against itself compared every
      // feature of the atlas's data (about 25 ms on the first view's critical path).
      const applied = appliedRef.current;
      if (applied?.overlay === overlayRef.current && applied.lang === langRef.current) return;
      const next = styleFor(langRef.current, overlayRef.current);
      if (next) {
        map.setStyle(next, { diff: true });
        appliedRef.current = { overlay: overlayRef.current, lang: langRef.current };
      }
    });
    map.on('error', (e) => {
      const s = useAppStore.getState();
      const detail = styleErrorDetail(e);
      if (detail.basemap) s.notify('error', t(s.lang, 'basemapError', { detail: detail.text }), 'basemap');
      else console.warn('map error', e.error);
    });
    map.on('moveend', () => {
      const c = map.getCenter();
      useAppStore.getState().reportCamera({
        center: [c.lng, c.lat],
        zoom: map.getZoom(),
        bearing: map.getBearing(),
        pitch: map.getPitch(),
      });
    });

    if (config.kind === 'embedded') {
      verifyEmbeddedBasemap(new URL('basemap/metadata.json', window.location.href).href).catch((err: Error) => {
        const s = useAppStore.getState();
        s.notify('error', t(s.lang, 'basemapError', { detail: err.message }), 'basemap');
      });
    }
    if (config.kind === 'style-url') {
      loadForeignStyle(config.url)
        .then((base) => {
          baseRef.current = base;
          map.setStyle(foreignStyle(base, overlayRef.current));
        })
        .catch((err: Error) => {
          const s = useAppStore.getState();
          s.notify('error', t(s.lang, 'basemapError', { detail: err.message }), 'basemap');
        });
    }

    const unsubscribe = useAppStore.subscribe(
      (s) => s.cameraIntent,
      (intent) => intent && applyIntent(map, intent),
    );
    return () => {
      window.clearTimeout(watchdog);
      unsubscribe();
      detachSnapshots();
      map.remove();
      mapRef.current = null;
      styleReady.current = false;
      if (import.meta.env.MODE === 'e2e') delete window.__atlas;
    };
    // The map is created once; later changes arrive through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Language and overlay changes: hand MapLibre the next style value and let it diff.
  useEffect(() => {
    overlayRef.current = overlay;
    langRef.current = lang;
    const map = mapRef.current;
    // New GeoJSON under the same layers (a filter click) goes straight to its sources: setStyle would deep-copy
    // and deep-compare every source's data first, which with many features costs more than the change itself.
    const applied = appliedRef.current;
    const changes = map && styleReady.current && applied?.lang === lang ? dataChanges(applied.overlay, overlay) : null;
    if (map && changes) {
      for (const { id, data, diff } of changes) {
        const source = map.getSource<GeoJSONSource>(id);
        if (diff) void source?.updateData(diff);
        else void source?.setData(data);
      }
      appliedRef.current = { overlay, lang };
    } else {
      const next = styleFor(lang, overlay);
      // Before the first style has loaded MapLibre cannot diff; the style.load handler applies the latest value.
      if (map && next && styleReady.current) {
        map.setStyle(next, { diff: true });
        appliedRef.current = { overlay, lang };
      }
    }
    relocaliseRef.current?.(lang);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang, overlay]);

  // A story scene's route or corridor, drawn progressively after the style above has taken its layers.
  useProgressiveDraw(mapRef);

  // Hover and click on the interactive layers.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !interactiveLayerIds.length) return;
    const live = () => interactiveLayerIds.filter((id) => map.getLayer(id));
    const asPick = (f: MapGeoJSONFeature | undefined): MapPick | null =>
      f ? { layerId: f.layer.id, properties: f.properties as Record<string, unknown> } : null;
    const pickAt = (point: Point): MapPick | null => asPick(featureAt(map, point, live()));
    const onClick = (e: MapMouseEvent) => {
      const f = featureAt(map, e.point, live());
      if (zoomIntoCluster(map, f)) return;
      onPick?.(asPick(f), [e.lngLat.lng, e.lngLat.lat]);
    };
    // Enter on the focused map opens the group of points nearest its centre, as a click on it would.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || e.target !== map.getCanvas()) return;
      const centre = map.project(map.getCenter());
      const nearest = map
        .queryRenderedFeatures(undefined, { layers: live() })
        .filter(isCluster)
        .map((f) => ({ f, d: map.project(clusterAt(f)).dist(centre) }))
        .sort((a, b) => a.d - b.d)[0];
      if (nearest && zoomIntoCluster(map, nearest.f)) e.preventDefault();
    };
    const onMove = (e: MapMouseEvent) => {
      const pick = pickAt(e.point);
      map.getCanvas().style.cursor = pick ? 'pointer' : '';
      onHover?.(pick, { x: e.point.x, y: e.point.y });
    };
    const onOut = () => onHover?.(null, { x: 0, y: 0 });
    map.on('click', onClick);
    map.on('mousemove', onMove);
    map.on('mouseout', onOut);
    map.getCanvas().addEventListener('keydown', onKey);
    return () => {
      map.getCanvas().removeEventListener('keydown', onKey);
      map.off('click', onClick);
      map.off('mousemove', onMove);
      map.off('mouseout', onOut);
    };
  }, [interactiveLayerIds, onPick, onHover]);

  return <div ref={container} className="map" role="region" aria-label={t(lang, 'mapLabel')} />;
}

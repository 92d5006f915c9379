// The reference for the load benchmark, as the issue that set the budget defines it: MapLibre and React with the
// same embedded basemap and first camera, and no atlas data or app code. React mounts one component that owns the
// map, the way the app does, with MapLibre's default options; the app's extra cost is measured against this page in
// the same run.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { basemapLayers, basemapSource } from '../../../src/layers/basemap-style';
import { theme } from '../../../src/layers/theme';
import { absoluteTemplate } from '../../../src/map/config';
import { HOME_CAMERA } from '../../../src/store/camera-slice';

maplibregl.setWorkerUrl(workerUrl);

function BareMap() {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const map = new maplibregl.Map({
      container: container.current!,
      style: {
        version: 8,
        sources: { basemap: basemapSource(absoluteTemplate('basemap/tiles/{z}/{x}/{y}.pbf', location.href)) },
        layers: basemapLayers(theme, 'en'),
      },
      center: HOME_CAMERA.center,
      zoom: HOME_CAMERA.zoom,
    });
    (window as unknown as { __atlas: { map: maplibregl.Map } }).__atlas = { map };
    return () => map.remove();
  }, []);
  return <div id="map" ref={container} />;
}

createRoot(document.getElementById('root')!).render(<BareMap />);

// The reference for the load benchmark: MapLibre alone with the same embedded basemap and first camera,
// no React, no atlas data. The app's extra cost is measured against this page in the same run.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { basemapLayers, basemapSource } from '../../../src/layers/basemap-style';
import { theme } from '../../../src/layers/theme';
import { absoluteTemplate } from '../../../src/map/config';
import { HOME_CAMERA } from '../../../src/store/camera-slice';

maplibregl.setWorkerUrl(workerUrl);
const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: { basemap: basemapSource(absoluteTemplate('basemap/tiles/{z}/{x}/{y}.pbf', location.href)) },
    layers: basemapLayers(theme, 'en'),
  },
  center: HOME_CAMERA.center,
  zoom: HOME_CAMERA.zoom,
  canvasContextAttributes: { preserveDrawingBuffer: true },
});
(window as unknown as { __atlas: { map: maplibregl.Map } }).__atlas = { map };

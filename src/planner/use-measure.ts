// The measure tool's answer for the points clicked, and its layers added to the map's overlay.
import { greatCircle } from '@turf/turf';
import { useMemo } from 'react';
import { useNetworkDataset as useDataset } from '../data/dataset';
import { measureOverlay, withMeasureLayers } from '../layers/measure-style';
import type { Overlay } from '../map/style';
import { useAppStore } from '../store';
import { crowKm, networkMeasure, type NetworkMeasure } from './measure';
import { networkFor } from './use-plan';
import { routeToGeoJSON, type Network } from '../routing';
import type { Position } from 'geojson';

/** The lines of the network path, as the route export draws them. */
function pathLines(m: NetworkMeasure, net: Network): Position[][] {
  return routeToGeoJSON(m.route, net).features.flatMap((f) =>
    f.geometry?.type === 'LineString'
      ? [f.geometry.coordinates]
      : f.geometry?.type === 'MultiLineString'
        ? f.geometry.coordinates
        : [],
  );
}

export interface MeasureAnswer {
  crowKm: number;
  network: NetworkMeasure | null;
}

export function useMeasure(): MeasureAnswer | null {
  const points = useAppStore((s) => s.measurePoints);
  const dataset = useDataset();
  const data = dataset.status === 'ready' ? dataset.data : null;
  return useMemo(() => {
    if (points.length < 2 || !data) return null;
    const [a, b] = points as [[number, number], [number, number]];
    return { crowKm: crowKm(a, b), network: networkMeasure(networkFor(data), a, b) };
  }, [points, data]);
}

export function useWithMeasureLayers(base: Overlay): Overlay {
  const measuring = useAppStore((s) => s.measuring);
  const points = useAppStore((s) => s.measurePoints);
  const answer = useMeasure();
  const dataset = useDataset();
  return useMemo(() => {
    if (!measuring || !points.length) return base;
    const crow =
      points.length === 2
        ? (greatCircle(points[0]!, points[1]!, { npoints: 64 }).geometry.coordinates as number[][])
        : null;
    const net = dataset.status === 'ready' ? networkFor(dataset.data) : null;
    const path = answer?.network && net ? pathLines(answer.network, net) : [];
    return withMeasureLayers(base, measureOverlay(points, crow, path)) as Overlay;
  }, [base, measuring, points, answer, dataset]);
}

// Where the map looks and what the app asks the map to do: shapes shared by the story engine, the store and the
// map owner, kept below all three.

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export type Bounds = [west: number, south: number, east: number, north: number];

/** What the app asks the map to do; the map owner turns it into flyTo / fitBounds. */
export type CameraIntent =
  | { kind: 'fly'; camera: Partial<Camera>; instant?: boolean }
  | { kind: 'fit'; bounds: Bounds; maxZoom?: number; instant?: boolean };

/** The first view: the SCO region from the Caspian to the Pacific. */
export const HOME_CAMERA: Camera = { center: [78, 45], zoom: 2.6, bearing: 0, pitch: 0 };

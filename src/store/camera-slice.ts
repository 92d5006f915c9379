import type { StateCreator } from 'zustand';
import type { AppState } from './index';

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
  | {
      kind: 'fit';
      bounds: Bounds;
      maxZoom?: number;
      instant?: boolean;
      /** Extra room left and right, in CSS pixels, for labels drawn beside the points at the bounds' edges. */
      labelRoom?: number;
    };

export interface CameraSlice {
  /** Where the map last came to rest (reported on moveend, not per frame). */
  camera: Camera;
  /** The latest request to move the camera; seq changes with every request so equal requests still fire. */
  cameraIntent: (CameraIntent & { seq: number }) | null;
  reportCamera: (camera: Camera) => void;
  moveCamera: (intent: CameraIntent) => void;
}

/** The first view: the SCO region from the Caspian to the Pacific. */
export const HOME_CAMERA: Camera = { center: [78, 45], zoom: 2.6, bearing: 0, pitch: 0 };

export const createCameraSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], CameraSlice> = (
  set,
) => ({
  camera: HOME_CAMERA,
  cameraIntent: null,
  reportCamera: (camera) => set({ camera }),
  moveCamera: (intent) => set((s) => ({ cameraIntent: { ...intent, seq: (s.cameraIntent?.seq ?? 0) + 1 } })),
});

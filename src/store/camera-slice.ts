import type { StateCreator } from 'zustand';
import type { Camera, CameraIntent } from '../data/camera';
import type { AppState } from './index';
import { HOME_CAMERA } from '../data/camera';

export { HOME_CAMERA, type Bounds, type Camera, type CameraIntent } from '../data/camera';

export interface CameraSlice {
  /** Where the map last came to rest (reported on moveend, not per frame). */
  camera: Camera;
  /** The latest request to move the camera; seq changes with every request so equal requests still fire. */
  cameraIntent: (CameraIntent & { seq: number }) | null;
  reportCamera: (camera: Camera) => void;
  moveCamera: (intent: CameraIntent) => void;
}

export const createCameraSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], CameraSlice> = (
  set,
) => ({
  camera: HOME_CAMERA,
  cameraIntent: null,
  reportCamera: (camera) => set({ camera }),
  moveCamera: (intent) => set((s) => ({ cameraIntent: { ...intent, seq: (s.cameraIntent?.seq ?? 0) + 1 } })),
});

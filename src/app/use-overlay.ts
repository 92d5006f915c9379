// The atlas layers for the current state, as data for <MapView overlay>.
import { EMPTY_OVERLAY, type Overlay } from '../map/style';

export function useOverlay(): Overlay {
  return EMPTY_OVERLAY;
}

// The planner's and the story's map layers, loaded with their code on first use (see overlay-feeds.ts).
import { useEffect } from 'react';
import { EMPTY_OVERLAY } from '../map/style';
import { useChoiceInRange } from '../planner/use-plan';
import { useWithRouteLayers } from '../planner/use-route-overlay';
import { useWithMeasureLayers } from '../planner/use-measure';
import { useWithStoryLayers } from '../player/use-story-overlay';
import { publishFeed, useFeed } from './overlay-feeds';

export function RouteFeed() {
  useChoiceInRange();
  const overlay = useWithRouteLayers(EMPTY_OVERLAY);
  useEffect(() => publishFeed('route', overlay), [overlay]);
  useEffect(() => () => publishFeed('route', null), []);
  return null;
}

/** The story's layers over the route's, so a scene that draws its route can leave the planner's lines out. */
export function StoryFeed() {
  const route = useFeed('route') ?? EMPTY_OVERLAY;
  const overlay = useWithStoryLayers(route);
  useEffect(() => publishFeed('story', overlay), [overlay]);
  useEffect(() => () => publishFeed('story', null), []);
  return null;
}

/** The measure tool's points and lines. */
export function MeasureFeed() {
  const overlay = useWithMeasureLayers(EMPTY_OVERLAY);
  useEffect(() => publishFeed('measure', overlay), [overlay]);
  useEffect(() => () => publishFeed('measure', null), []);
  return null;
}

// After every end-to-end test, close the browser contexts it opened: a test that fails half-way would otherwise
// leave its page running (and its map drawing) under the next test.
import { afterEach } from 'vitest';
import { closeOpenContexts } from './driver';

afterEach(closeOpenContexts);

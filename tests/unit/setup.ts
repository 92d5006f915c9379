import { afterEach } from 'vitest';
import { resetAppStore } from '../../src/store';

afterEach(() => resetAppStore());

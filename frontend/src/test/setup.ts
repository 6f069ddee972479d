import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

import { redirectLogs } from '../logger';

// The page's log lines would bury the test report; the logger's own tests capture them.
redirectLogs(() => undefined);

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});

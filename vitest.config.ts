// Defaults for every test file. CI runs on a 2-core machine; the generous timeouts keep a busy
// machine from failing a correct test (a test that hangs still fails, after a minute).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});

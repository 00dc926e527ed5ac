import { afterAll, describe, it } from 'vitest';
import { dropSchemas, freshSchema } from '../src/store/postgres/testing.js';
import { serveTarget } from './api-server.js';
import { pgUrl } from './store-backends.js';

// The API tests of api.test.ts, api-statuses.test.ts and party-evidence.test.ts again, with each `accord serve` on a new
// PostgreSQL schema (`--db postgres://...?schema=...`) instead of a SQLite file: the same requests,
// the same answers. Skipped, saying so, without ACCORD_TEST_PG_URL; under CI it is always set.
if (pgUrl === null) {
  describe('the API on PostgreSQL', () => it.skip('needs ACCORD_TEST_PG_URL (see .ci/run)', () => undefined));
} else {
  const url = pgUrl;
  serveTarget.database = () => `${url}${url.includes('?') ? '&' : '?'}schema=${freshSchema()}`;
  afterAll(() => dropSchemas(url));
  await import('./api.test.js');
  await import('./api-statuses.test.js');
  await import('./party-evidence.test.js');
}

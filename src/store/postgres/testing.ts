import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

// For the tests of every backend: the PostgreSQL database they may use, and a fresh schema per
// store so that each test starts empty and test files can run side by side.

// ACCORD_TEST_PG_URL, or null (the PostgreSQL tests then skip, saying so). Under CI=true a missing
// database is an error: the PostgreSQL run is never skipped there.
export function testPostgres(env: Record<string, string | undefined>): string | null {
  const url = env.ACCORD_TEST_PG_URL?.trim() || null;
  if (url !== null) return url;
  if (env.CI === 'true')
    throw new Error('CI=true but ACCORD_TEST_PG_URL is not set: .ci/run must start PostgreSQL; the PostgreSQL tests may not be skipped under CI');
  process.stderr.write('PostgreSQL tests skipped: set ACCORD_TEST_PG_URL=postgres://user:password@host:port/database to run them\n');
  return null;
}

const made: string[] = [];

export function freshSchema(): string {
  const name = `accord_test_${randomBytes(6).toString('hex')}`;
  made.push(name);
  return name;
}

// Drops the schemas this process made (call after the stores are closed).
export async function dropSchemas(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    for (const name of made.splice(0)) await sql.unsafe(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

// After `tsc -p tsconfig.build.json`: copies the files the compiled code reads beside itself
// (SQL migrations, web assets), then stamps the build. bin/accord runs dist/ only while no file
// under src/ is newer than the stamp, so an edit without a rebuild never runs stale code.
import { cpSync, rmSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
for (const folder of ['store/sqlite/migrations', 'store/postgres/migrations', 'web/assets']) {
  const target = new URL(`dist/${folder}`, root);
  rmSync(target, { recursive: true, force: true });
  cpSync(new URL(`src/${folder}`, root), target, { recursive: true });
}
writeFileSync(new URL('dist/.built', root), `${new Date().toISOString()}\n`);

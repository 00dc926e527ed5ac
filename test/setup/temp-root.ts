import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every test run writes its temporary folders (knowledge bases, exports, the server-load test's
// 350 MB of copies) under one root of its own, removed when the run ends, so that a run leaves
// nothing behind in the machine's temporary folder, whichever test forgot to clean up. The test
// workers and the CLI processes they start inherit TMPDIR, which os.tmpdir() reads.
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'accord-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}

import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { article, file, type Kind } from './corpus.js';

// Names and things that are no regular files: each named, read once, never waited on.
const named = (name: string): Kind => ({ name: `file name ${JSON.stringify(name)}`, build: file(name, article(name)), expect: ['stored'] });
const folder =
  (make: (dir: string) => void) =>
  (dir: string): string[] => {
    make(dir);
    return [dir];
  };

export const fileKinds: Kind[] = [
  named('line\nerror: forged.txt'),
  named('osc\x1b]0;pwned\x07.txt'),
  named('bidi \u202etxt.exe.txt'),
  named('percent %E9%zz%.txt'),
  named('-rf --db x.txt'),
  named(`${'long-'.repeat(48)}.txt`),
  named('Hội nghị thượng đỉnh 🇫🇷.txt'),
  named('tab\tand\u0001control.txt'),
  { name: 'unknown extension given by name', build: file('article.xyz', article('xyz')), expect: ['stored'] },
  { name: 'unknown extension in a folder', build: folder((dir) => writeFileSync(join(dir, 'paper.pdf'), article('pdf'))), expect: [] },
  { name: 'a folder with an article', build: folder((dir) => writeFileSync(join(dir, 'a.txt'), article('folder'))), expect: ['stored'] },
  { name: 'an empty folder', build: folder(() => {}), expect: [] },
  { name: 'a hidden file in a folder', build: folder((dir) => writeFileSync(join(dir, '.draft.txt'), article('hidden'))), expect: [] },
  {
    name: 'a FIFO given by name',
    build: (dir) => (execFileSync('mkfifo', [join(dir, 'pipe.txt')]), [join(dir, 'pipe.txt')]),
    expect: [{ skipped: /^not a regular file \(a FIFO\): skipped$/ }],
  },
  { name: 'a FIFO in a folder', build: folder((dir) => execFileSync('mkfifo', [join(dir, 'pipe.html')])), expect: [{ skipped: /a FIFO/ }] },
  {
    name: 'a folder linked to itself twice',
    build: folder((dir) => (writeFileSync(join(dir, 'a.txt'), article('loop')), symlinkSync('.', join(dir, 'one')), symlinkSync('.', join(dir, 'two')))),
    expect: ['stored'],
  },
  {
    name: 'a file linked to itself',
    build: (dir) => (symlinkSync('self.txt', join(dir, 'self.txt')), [join(dir, 'self.txt')]),
    expect: [{ skipped: /^cannot read: / }],
  },
  {
    name: 'a dangling link',
    build: (dir) => (symlinkSync('gone.txt', join(dir, 'dangling.txt')), [join(dir, 'dangling.txt')]),
    expect: [{ skipped: /^cannot read: no such file or directory$/ }],
  },
  { name: 'a path that does not exist', build: (dir) => [join(dir, 'missing.txt')], expect: [{ skipped: /^cannot read: no such file or directory$/ }] },
  {
    name: 'a folder named like a file',
    build: folder((dir) => (mkdirSync(join(dir, 'x.txt')), writeFileSync(join(dir, 'x.txt', 'b.txt'), article('dir txt')))),
    expect: ['stored'],
  },
];

import { Command, InvalidArgumentError } from 'commander';
import { readFileSync } from 'node:fs';
import { addExamples } from './examples.js';
import { printable } from './printable.js';
import { addQueueCommands } from './queue-commands.js';
import { addSourceCommands } from './source-commands.js';

// Commands load on use (`await import` in each action): `--help`, `--version` and `docs` never
// load the extractor, the HTML parser, the date parser or the language detector.

// The same file from src/cli and from dist/cli.
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError('expected a whole number above 0');
  return number;
}

function portNumber(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return number;
}

const program = new Command('accord')
  .description('Accord: an open observatory of international AI governance')
  .version(version, '-v, --version', 'print the version')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text) });

program
  .command('ingest')
  .description('read articles (files, folders, - for stdin) and store them as segmented documents')
  .argument('<paths...>', 'files (.txt .md .html .htm .jsonl), folders (read recursively), or - for standard input')
  .option('--db <file>', 'database: a file (SQLite) or postgres://... (default: ACCORD_DB or ./accord.db)')
  .option('--json', 'print one JSON object per input on stdout')
  .option('--max-bytes <n>', 'largest input accepted, per file or JSON line (default: 5000000)', positiveInteger)
  .option('--encoding <label>', 'decode non-UTF-8 input with this encoding (default: as declared, else windows-1252)')
  .option('--sample', 'store them as samples: articles written for testing, never passed for news (a folder with samples.yaml is one)')
  .option('--queue', 'read them here and leave extracting and storing to `accord worker` (needs PostgreSQL)')
  .option('--concurrency <n>', 'extract and store in N worker threads, one per core (default: 1, all in this one)', positiveInteger)
  .action(async (paths, flags) => (flags.queue ? (await import('./enqueue.js')).runEnqueue(paths, flags) : (await import('./ingest.js')).runIngest(paths, flags)));

program
  .command('docs')
  .description('list stored documents')
  .option('--db <file>', 'database: a file (SQLite) or postgres://... (default: ACCORD_DB or ./accord.db)')
  .option('--lang <lang>', 'only documents in this language (a pack code of data/lang/, or und)')
  .option('--limit <n>', 'at most this many', positiveInteger)
  .option('--offset <n>', 'skip this many first', (v) => positiveInteger(String(Number(v) + 1)) - 1)
  .option('--no-samples', 'leave out the sample articles (data/samples)')
  .option('--json', 'print a JSON array')
  .action(async (flags) => (await import('./docs.js')).runDocs(flags));

program
  .command('show')
  .description('print one document with its metadata, figures and numbered sentences')
  .argument('<id>', 'document id, or its first characters (at least 4)')
  .option('--db <file>', 'database: a file (SQLite) or postgres://... (default: ACCORD_DB or ./accord.db)')
  .option('--json', 'print JSON')
  .action(async (id, flags) => (await import('./show.js')).runShow(id, flags));

program
  .command('extract')
  .description('print the statements articles state (no database needed), one JSON line per file in --format gold or for several files')
  .argument('<files...>', 'article files (.txt, .md, .html) or - for standard input')
  .option('--format <format>', 'json (statements with spans and rules) or gold (facts in the gold format)', 'json')
  .action(async (files, flags) => (await import('./extract.js')).runExtract(files, flags));

program
  .command('eval')
  .description('score extraction against gold annotations (NAME.txt beside NAME.gold.json)')
  .argument('<dir>', 'folder of annotated articles')
  .option('--json', 'print the report as JSON')
  .option('--verbose', "list each document's missed and spurious facts")
  .action(async (dir, flags) => (await import('./eval.js')).runEval(dir, flags));

program
  .command('reextract')
  .description("find every stored document's statements again, after the rules or gazetteers changed")
  .option('--db <file>', 'database: a file (SQLite) or postgres://... (default: ACCORD_DB or ./accord.db)')
  .action(async (flags) => (await import('./reextract.js')).runReextract(flags));

program
  .command('entity')
  .description('what Accord knows of a country, person, organisation, event, declaration or initiative, named in any language')
  .argument('<name>', 'a name in any language of data/lang/, or an ISO code: "Chine", "Trung Quốc", "J.D. Vance", "FR"')
  .option('--db <file>', 'database file (default: ACCORD_DB or ./accord.db); without one, reference facts only')
  .option('--json', 'print JSON')
  .action(async (name, flags) => (await import('./entity.js')).runEntity(name, flags));

program
  .command('resolve')
  .description('decide that a name is (not) an entity, with a reason; undo a decision; list them. Statements are never rewritten')
  .argument('<action>', 'same | not-same | undo | log')
  .argument('[entity]', 'same/not-same: the entity, by name or id ("Vance", "person:jd-vance"); undo: the decision number')
  .argument('[name]', 'same/not-same: the other name, or another entity id to merge ("James David Vance", "person:j-vance")')
  .option('--reason <why>', 'why: required for every decision')
  .option('--reviewer <name>', 'who decides (default: ACCORD_REVIEWER or the system user)')
  .option('--db <file>', 'database: a file (SQLite) or postgres://... (default: ACCORD_DB or ./accord.db)')
  .option('--json', 'print JSON')
  .action(async (action, entity, name, flags) => (await import('./resolve.js')).runResolve(action, entity, name, flags));

program
  .command('quotes')
  .description('quotes with speaker, date, document and span; speaker and words match without accents')
  .option('--speaker <name>', 'only quotes by this speaker ("Vance", "dang")')
  .option('--search <words>', 'only quotes holding these words ("tuong" finds "tướng")')
  .option('--lang <lang>', 'only quotes in this language (a pack code of data/lang/)')
  .option('--limit <n>', 'at most this many (default: 100)', positiveInteger)
  .option('--samples', "include the sample articles' quotes (left out by default)")
  .option('--db <file>', 'database: a file (SQLite) or postgres://... (default: ACCORD_DB or ./accord.db)')
  .option('--json', 'print JSON')
  .action(async (flags) => (await import('./quotes.js')).runQuotes(flags));

program
  .command('review')
  .description('statements to review (conflicts first); accept, reject, correct or undo one with a reason; log')
  .argument('[action]', 'accept | reject | correct | undo | log (none: list what to review)')
  .argument('[id]', 'the statement id')
  .option('--reason <why>', 'why: required for every decision')
  .option('--set <key=value...>', 'with correct: what to change, e.g. stance=not_signed, subject=TW')
  .option('--reviewer <name>', 'who decides (default: ACCORD_REVIEWER or the system user)')
  .option('--limit <n>', 'list at most this many (default: 50)', positiveInteger)
  .option('--db <file>', 'database: a file (SQLite) or postgres://... (default: ACCORD_DB or ./accord.db)')
  .option('--json', 'print JSON')
  .action(async (action, id, flags) => (await import('./review.js')).runReview(action, id, flags));

program
  .command('export')
  .description(
    'the knowledge base as data: JSON (documents, statements, review log), CSV (statements with provenance), JSON-LD, or QuickStatements (signatory facts)',
  )
  .option('--format <format>', 'json, jsonl (one record a line), csv, jsonld (schema.org) or quickstatements (Wikidata)', 'json')
  .option('--kind <kind...>', 'only statements of these kinds (signed, not_signed, quote, ...)')
  .option('--wikidata <file>', 'quickstatements: CSV/TSV of entity ids or ISO codes and their Wikidata items (from the Wikidata Query Service)')
  .option('--declaration <name>', 'quickstatements: only this declaration')
  .option('--bom', 'csv: start with a UTF-8 byte-order mark, so that Excel reads the accents right')
  .option('--db <file>', 'database: a file (SQLite) or postgres://... (default: ACCORD_DB or ./accord.db)')
  .action(async (flags) => (await import('./export.js')).runExport(flags));

program
  .command('import')
  .description('read a JSON export into a database: documents with every source version, statements, review and resolution logs')
  .argument('<file>', 'a file written by `accord export --format json`, or - for standard input')
  .option('--db <file>', 'database: a file (SQLite) or postgres://... (default: ACCORD_DB or ./accord.db), created if missing')
  .action(async (file, flags) => (await import('./import.js')).runImport(file, flags));

program
  .command('signatories')
  .description('who signed a declaration and who stayed out, each with its sources')
  .argument('<declaration>', 'a declaration by any of its names: "Bletchley Declaration", "Déclaration de Paris sur l\'IA", "Tuyên bố Seoul"')
  .option('--db <file>', 'database file (default: ACCORD_DB or ./accord.db); without one, reference facts only')
  .option('--json', 'print JSON')
  .action(async (name, flags) => (await import('./signatories.js')).runSignatories(name, flags));

program
  .command('compare')
  .description('parties that signed one declaration and not the other')
  .argument('<a>', 'a declaration')
  .argument('<b>', 'another declaration')
  .option('--db <file>', 'database file (default: ACCORD_DB or ./accord.db); without one, reference facts only')
  .option('--json', 'print JSON')
  .action(async (a, b, flags) => (await import('./signatories.js')).runCompare(a, b, flags));

program
  .command('serve')
  .description('serve the JSON API (/api) and the web UI over the database; writes need ACCORD_TOKEN')
  .option('--db <file>', 'database file (default: ACCORD_DB or ./accord.db); created, with the sample articles, when missing or empty')
  .option('--port <n>', 'port to listen on (default: 8080; 0 picks a free one)', portNumber)
  .option('--host <host>', 'address to listen on (default: 127.0.0.1)')
  .option('--max-body-bytes <n>', 'largest request body accepted (default: 5000000)', positiveInteger)
  .option('--empty', 'start a new database empty, without the sample articles (or ACCORD_SAMPLES=0)')
  .option('--queue', 'queue posted articles for `accord worker` (answered 202 with job ids; GET /api/v1/jobs) instead of storing them at once (needs PostgreSQL)')
  .action(async (flags) => (await import('./serve.js')).runServe(flags));

// --- saved searches and alerts (s6alert) ---
program
  .command('alerts')
  .description('saved searches and what is new for them: the statement, its words, the document and the link to the span; webhooks signed with HMAC')
  .argument('[action]', 'add | list | show | remove | deliver | log (none: what is new for each saved search)')
  .argument('[name]', 'the saved search, by name or id')
  .option('--quotes <words>', 'add: follow quotes holding these words (as `accord quotes --search`)')
  .option('--speaker <name>', 'add: follow quotes by this speaker')
  .option('--lang <lang>', 'add: only quotes in this language')
  .option('--event <event>', 'add: only quotes in articles about this event')
  .option('--entity <id>', 'add: follow what is stated of an entity (country:FR, person:jd-vance, or a name)')
  .option('--declaration <id>', "add: follow a declaration's statuses (its id or a name)")
  .option('--webhook <url>', 'add: POST what is new to this URL as JSON, signed (X-Accord-Signature)')
  .option('--secret <secret>', 'add: the secret the webhook is signed with (16 characters or more)')
  .option('--mark-read', 'show: move the cursor past what is shown')
  .option('--limit <n>', 'at most this many items per saved search (default: 100)', positiveInteger)
  .option('--db <file>', 'database: a file (SQLite) or postgres://... (default: ACCORD_DB or ./accord.db)')
  .option('--json', 'print JSON')
  .action(async (action, name, flags) => (await import('./alerts.js')).runAlerts(action, name, flags));

addQueueCommands(program);
addSourceCommands(program);
addExamples(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // A broken data file or database is one clear line, not a stack trace.
  process.stderr.write(`accord: ${printable((error as Error).message)}\n`);
  process.exitCode = 2;
}

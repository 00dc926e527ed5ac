import type { Command } from 'commander';

// One worked example per command, shown at the end of `accord COMMAND --help`: a first-time user
// copies a line that works instead of assembling one from the option list.
export const examples: Record<string, string[]> = {
  ingest: ['accord ingest data/samples', 'accord ingest articles/ page.html --db work.db --json', 'accord ingest articles/ --queue --db postgres://accord@db.example/accord'],
  docs: ['accord docs --lang fr --limit 20'],
  show: ['accord show 3f9a2c1d'],
  extract: ['accord extract article.txt', 'cat article.html | accord extract - --format gold'],
  eval: ['accord eval ../shared/devset --verbose'],
  reextract: ['accord reextract --db work.db'],
  entity: ['accord entity "Trung Quốc"', 'accord entity "J.D. Vance" --json'],
  resolve: ['accord resolve same person:jd-vance "James David Vance" --reason "same person, full name"', 'accord resolve log'],
  quotes: ['accord quotes --speaker Vance', 'accord quotes --search tuong --lang vi'],
  review: ['accord review', 'accord review reject 5d1e0c9a7b2f4e36 --reason "the sentence is about COP28"', 'accord review log'],
  export: ['accord export --format csv --bom > statements.csv', 'accord export --format quickstatements --wikidata ids.csv'],
  import: ['accord import export.json --db copy.db'],
  signatories: ['accord signatories "Bletchley Declaration"', 'accord signatories "Déclaration de Paris sur l\'IA" --json'],
  compare: ['accord compare "Bletchley Declaration" "Seoul Declaration"'],
  serve: ['accord serve --port 8080', 'ACCORD_TOKEN=secret accord serve --host 0.0.0.0'],
  fetch: ['accord fetch https://example.org/news/ai-summit-declaration.html', 'accord fetch URL1 URL2 --json'],
  worker: ['ACCORD_DB=postgres://accord@db.example/accord accord worker --concurrency 2'],
  alerts: ['accord alerts add "open models" --quotes "open models"', 'accord alerts', 'accord alerts add fr --entity country:FR --webhook https://hooks.example.org/accord --secret S3CRET-0123456789'],
  sources: ['accord sources add https://example.org/feed.xml --every 30m', 'accord sources', 'accord sources poll --all'],
  jobs: ['accord jobs --db postgres://accord@db.example/accord', 'accord jobs --retry'],
};

// Adds each command's examples to its help; a command without one is a mistake the CLI tests catch.
export function addExamples(program: Command): void {
  for (const command of program.commands) {
    const lines = examples[command.name()] ?? [];
    if (lines.length > 0) command.addHelpText('after', `\nExample${lines.length > 1 ? 's' : ''}:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`);
  }
  const first = ['ingest', 'signatories', 'entity', 'serve'].map((name) => examples[name]?.[0] ?? '');
  program.addHelpText(
    'after',
    `\nExamples:\n${first.map((line) => `  $ ${line}`).join('\n')}\n\nEach command's own help and examples: accord COMMAND --help\n`,
  );
}

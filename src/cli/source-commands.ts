import type { Command } from 'commander';

// `accord sources`: the feeds and news sitemaps Accord follows by itself (README, "Following sources").
export function addSourceCommands(program: Command): void {
  program
    .command('sources')
    .description('the feeds and news sitemaps Accord follows: list (with health), add, remove, pause, resume, poll')
    .argument('[action]', 'list (the default) | add | remove | pause | resume | poll')
    .argument('[source]', 'add: the URL of an RSS, Atom or JSON feed or a news sitemap; remove, pause, resume: its id or URL')
    .option('--name <name>', 'add: a name to show for it')
    .option('--lang <lang>', 'add: the language of its articles (a pack code of data/lang/), a hint for the detector')
    .option('--every <duration>', 'add: how often to poll it: 30m (the default), 2h, 1d; from 1m to 7d')
    .option('--all', 'poll: every unpaused source, due or not')
    .option('--db <file>', 'database: a file (SQLite) or postgres://... (default: ACCORD_DB or ./accord.db)')
    .option('--json', 'print JSON')
    .action(async (action, source, flags) => (await import('./sources.js')).runSources(action, source, flags));
}

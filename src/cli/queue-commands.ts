import { InvalidArgumentError, type Command } from 'commander';

function count(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0 || number > 10_000) throw new InvalidArgumentError('expected a whole number from 1 to 10000');
  return number;
}

function processes(value: string): number {
  const number = count(value);
  if (number > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64');
  return number;
}

function batch(value: string): number {
  const number = count(value);
  if (number > 500) throw new InvalidArgumentError('expected a whole number from 1 to 500');
  return number;
}

// The commands of the scaled setup (PostgreSQL with a work queue): see README, "Running at scale".
export function addQueueCommands(program: Command): void {
  program
    .command('worker')
    .description('process queued articles (from `ingest --queue`): extract and store each; runs until stopped')
    .option('--db <url>', 'the database: postgres://... (default: ACCORD_DB); the queue is in it, or at ACCORD_QUEUE_URL')
    .option('--concurrency <n>', 'worker processes to run (default: 1; one per core is the most that helps)', processes)
    .option('--batch <n>', 'jobs each process takes at once, stored in one transaction (default: 20)', batch)
    .option('--once', 'process the jobs there are, then exit')
    .action(async (flags) => (await import('./worker.js')).runWorker(flags));
  program
    .command('fetch')
    .description('fetch pages from the web and store them as `ingest` stores files (robots.txt honoured; no private addresses)')
    .argument('<urls...>', 'http or https URLs of articles')
    .option('--db <file>', 'database: a file (SQLite) or postgres://... (default: ACCORD_DB or ./accord.db)')
    .option('--json', 'print one JSON object per URL on stdout')
    .option('--sample', 'store them as samples, never passed for news')
    .option('--limit <n>', 'articles to fetch from each feed or sitemap (default: 100)', count)
    .action(async (urls, flags) => (await import('./fetch.js')).runFetch(urls, flags));
  program
    .command('jobs')
    .description('show the work queue: jobs in each state, and each failed job with its error')
    .option('--db <url>', 'the database: postgres://... (default: ACCORD_DB); the queue is in it, or at ACCORD_QUEUE_URL')
    .option('--retry', 'put the failed jobs back in the queue')
    .option('--json', 'print JSON')
    .action(async (flags) => (await import('./jobs.js')).runJobs(flags));
}

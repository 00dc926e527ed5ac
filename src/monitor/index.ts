export { pollContext, pollSource, type PollContext, type PollReport } from './poll-source.js';
export { pollDue, pollerName, type PollRun } from './poll-due.js';
export { startPolling, type PollLoop } from './loop.js';
export { defaultEvery, formatEvery, longestEvery, parseEvery, shortestEvery } from './every.js';
export { checkSourceUrl } from './source-url.js';

export { isPublicAddress, BlockedAddressError } from './address-guard.js';
export { fetchPage, FetchError, type Fetched, type FetchSettings, type Validators } from './fetch-page.js';
import { FetchError, fetchPage, type Fetched, type FetchSettings, type Validators } from './fetch-page.js';
import { HostPacer, RobotsRules } from './robots.js';

// A fetcher for one run: robots.txt honoured, one request at a time per host, every response
// bounded and every address checked. Errors come back as one line naming the reason.
export type Fetcher = { fetch(url: string, validators?: Validators): Promise<Fetched> };

export function politeFetcher(settings: FetchSettings & { hostIntervalMs: number }): Fetcher {
  const robots = new RobotsRules(settings);
  const pacer = new HostPacer(settings.hostIntervalMs);
  return {
    async fetch(address, validators) {
      let url: URL;
      try {
        url = new URL(address);
      } catch {
        throw new FetchError('not a URL');
      }
      try {
        const refusal = await robots.refusal(url);
        if (refusal) throw new FetchError(refusal);
        await pacer.wait(url.host);
        return await fetchPage(url.href, settings, validators);
      } catch (error) {
        // One kind of error for every reason a URL was not fetched (a blocked address included).
        throw error instanceof FetchError ? error : new FetchError((error as Error).message);
      }
    },
  };
}
export { isFeedType, parseFeedText, type Feed, type FeedItem } from './feeds.js';
export { postJson, type Posted } from './post-json.js';

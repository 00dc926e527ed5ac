import robotsModule from 'robots-parser';
import { FetchError, fetchPage, type FetchSettings } from './fetch-page.js';

type Robots = { isDisallowed(url: string, userAgent?: string): boolean | undefined };
type Parser = (url: string, text: string) => Robots;
// The package is CommonJS whose types declare an ES default export: the function is either.
const robotsParser: Parser = (robotsModule as unknown as { default?: Parser }).default ?? (robotsModule as unknown as Parser);

// robots.txt, read once per site and run, as RFC 9309 says: a missing file (4xx) allows all; a
// site whose robots.txt cannot be read (5xx, network) is not fetched at all until it can be.
export class RobotsRules {
  private readonly sites = new Map<string, Promise<Robots | string>>();

  constructor(private readonly settings: FetchSettings) {}

  // null when `url` may be fetched, else why not.
  async refusal(url: URL): Promise<string | null> {
    let site = this.sites.get(url.origin);
    if (!site) this.sites.set(url.origin, (site = this.read(url.origin)));
    const robots = await site;
    if (typeof robots === 'string') return robots;
    return robots.isDisallowed(url.href, this.settings.userAgent) ? `robots.txt of ${url.host} disallows it` : null;
  }

  private async read(origin: string): Promise<Robots | string> {
    const address = `${origin}/robots.txt`;
    try {
      const fetched = await fetchPage(address, { ...this.settings, maxBytes: Math.min(this.settings.maxBytes, 500_000) });
      return robotsParser(address, fetched.status === 'ok' ? Buffer.from(fetched.body).toString('utf8') : '');
    } catch (error) {
      const status = /^HTTP (\d+)/.exec((error as Error).message)?.[1];
      if (error instanceof FetchError && status && Number(status) >= 400 && Number(status) < 500) return robotsParser(address, '');
      // A content type other than text (an HTML error page) says nothing about rules: allow.
      if (error instanceof FetchError && /content type/.test(error.message)) return robotsParser(address, '');
      return `robots.txt of ${new URL(origin).host} could not be read (${(error as Error).message}): not fetched`;
    }
  }
}

// At most one request per `intervalMs` to each host, however many sources it serves.
export class HostPacer {
  private readonly next = new Map<string, number>();

  constructor(private readonly intervalMs: number) {}

  async wait(host: string): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, at + this.intervalMs);
    if (at > now) await new Promise((done) => setTimeout(done, at - now));
  }
}

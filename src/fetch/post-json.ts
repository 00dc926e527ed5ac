import { checkLiteralHost } from './address-guard.js';
import { agentFor, undici, type FetchSettings } from './fetch-page.js';

// One bounded POST of a JSON body (a webhook): the same address rules as every fetch (no
// private, loopback, link-local or metadata address, by literal or by DNS answer, unless
// allowed), a time limit, and no redirect followed (a webhook that moves is a failed delivery,
// so a redirect cannot lead a signed body somewhere else). The answer's body is not read.
export type Posted = { status: number };


export async function postJson(address: string, body: string, headers: Record<string, string>, settings: FetchSettings): Promise<Posted> {
  const url = new URL(address);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${url.protocol} URLs are not posted to (only http and https)`);
  const allowPrivate = settings.allowPrivate || settings.allowHosts.includes(url.host.toLowerCase());
  checkLiteralHost(url, allowPrivate);
  try {
    const response = await undici().request(url, {
      method: 'POST',
      headers: { 'user-agent': settings.userAgent, 'content-type': 'application/json', ...headers },
      body,
      dispatcher: agentFor(allowPrivate),
      signal: AbortSignal.timeout(settings.timeoutMs),
    });
    await response.body.dump();
    return { status: response.statusCode };
  } catch (error) {
    const failed = error as Error & { cause?: Error };
    if (failed.name === 'TimeoutError' || failed.name === 'AbortError') throw new Error(`no answer within ${settings.timeoutMs / 1000} s`);
    throw new Error(failed.cause?.message || failed.message);
  }
}

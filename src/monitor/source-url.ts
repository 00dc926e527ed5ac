import { isPublicAddress } from '../fetch/index.js';

// A URL that can be followed: http or https, with a host, not naming a private address itself
// (unless allowed). Whether it answers is the first poll's business, kept in its fetch log, and
// a name resolving to a private address is refused then, at connect time, by the fetcher.
export function checkSourceUrl(text: string, allow: { allowPrivate: boolean; allowHosts: string[] }): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Error(`${text}: not a URL (give the feed's full address, https://...)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${text}: ${url.protocol} URLs are not followed (only http and https)`);
  if (url.username || url.password) throw new Error(`${text}: a URL with a user name or password is not followed (it would be stored and shown)`);
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  const exempt = allow.allowPrivate || allow.allowHosts.includes(url.host.toLowerCase());
  if (!exempt && /^[\d.]+$|:/.test(literal) && !isPublicAddress(literal))
    throw new Error(`${text}: ${literal} is a private or reserved address (ACCORD_ALLOW_PRIVATE_FETCH=1 allows it)`);
  url.hash = '';
  return url.href;
}

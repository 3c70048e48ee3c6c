import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP } from 'node:net';
import type { Refusal } from './corpus/addition.js';

/**
 * A web page fetched for a member who asked the bot to read it, so that the request cannot be turned against the
 * host: http and https only, no credentials in the address; every address the name resolves to checked before
 * connecting, and the connection made to the checked address (no second lookup that could answer otherwise); again at
 * every redirect, of which at most three are followed; at most 2 MB and 10 s; only text pages. Loopback, private,
 * shared, link-local (the cloud metadata address among them), multicast, reserved and documentation addresses are
 * refused, IPv4 written inside IPv6 too.
 */
export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
}
export const FETCH_LIMITS: FetchLimits = { maxBytes: 2_000_000, timeoutMs: 10_000, maxRedirects: 3 };

export type Fetched = { bytes: Buffer; contentType: string; url: string } | Refusal;

export interface FetchOptions {
  /**
   * Addresses reachable although not public: only for tests, which serve pages on 127.0.0.1 (see
   * `RIVALEN_TEST_FETCH_ALLOW`). Never set by the bot.
   */
  allow?: readonly string[];
  /** How a name is resolved: the system's resolver unless a test gives another. */
  lookup?: (host: string) => Promise<{ address: string; family: number }[]>;
  limits?: Partial<FetchLimits>;
  /** Any content type is taken (a file host's `application/octet-stream`): the caller knows what the file is. */
  anyType?: boolean;
}

/**
 * `RIVALEN_TEST_FETCH_ALLOW=127.0.0.1`: addresses the tests serve pages on, which the bot and the console may then
 * fetch from. A test-only setting: an operator never needs it, and nothing else makes a private address reachable.
 */
export function testFetching(env: NodeJS.ProcessEnv = process.env): FetchOptions {
  const allow =
    env.RIVALEN_TEST_FETCH_ALLOW?.split(',')
      .map((a) => a.trim())
      .filter(Boolean) ?? [];
  return allow.length > 0 ? { allow } : {};
}

const TEXT_TYPES = /^(?:text\/html|application\/xhtml\+xml|text\/plain|text\/markdown)$/i;

export async function fetchPage(address: string, options: FetchOptions = {}): Promise<Fetched> {
  const limits = { ...FETCH_LIMITS, ...options.limits };
  const deadline = Date.now() + limits.timeoutMs;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { refused: 'that is no web address', why: 'address' };
  }
  for (let redirects = 0; ; redirects++) {
    const checked = await checkedAddress(url, options);
    if ('refused' in checked) return checked;
    const answer = await get(url, checked.address, deadline, { maxBytes: limits.maxBytes, anyType: options.anyType });
    if ('refused' in answer) return answer;
    if ('location' in answer) {
      if (redirects === limits.maxRedirects)
        return { refused: `the page redirects more than ${limits.maxRedirects} times`, why: 'unreachable' };
      try {
        url = new URL(answer.location, url);
      } catch {
        return { refused: 'the page redirects to no web address', why: 'unreachable' };
      }
      continue;
    }
    return { ...answer, url: url.href };
  }
}

/** The address to connect to for `url`, if every address its name has is one the bot may reach. */
async function checkedAddress(url: URL, options: FetchOptions): Promise<{ address: string } | Refusal> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { refused: 'only http and https addresses', why: 'address' };
  if (url.username || url.password) return { refused: 'an address with a user name or password', why: 'address' };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string }[];
  if (isIP(host)) addresses = [{ address: host }];
  else {
    try {
      addresses = await (options.lookup ?? ((h) => dnsLookup(h, { all: true, verbatim: true })))(host);
    } catch {
      return { refused: `${url.hostname} cannot be found`, why: 'address' };
    }
  }
  if (addresses.length === 0) return { refused: `${url.hostname} cannot be found`, why: 'address' };
  for (const { address } of addresses) {
    if (options.allow?.includes(address)) continue;
    const why = notPublic(address);
    if (why) return { refused: `${url.hostname} is ${why}, which the bot does not fetch from`, why: 'address' };
  }
  return { address: addresses[0]!.address };
}

/** How much of a response is taken, and whether of any type. */
interface Reading {
  maxBytes: number;
  anyType?: boolean | undefined;
}

/** One request to the checked address: the page, where it redirects, or why not. */
function get(
  url: URL,
  address: string,
  deadline: number,
  reading: Reading,
): Promise<{ bytes: Buffer; contentType: string } | { location: string } | Refusal> {
  const family = isIP(address);
  return new Promise((resolve) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      agent: false,
      // The connection goes to the address checked, whatever a second lookup of the name would say.
      lookup: (_host, _options, callback) => callback(null, address, family),
      headers: { 'user-agent': 'rivalen (Discord bot; reads one article page)', accept: 'text/html, text/plain' },
    });
    const timer = setTimeout(
      () => {
        request.destroy();
        resolve({ refused: 'the page took longer than the time allowed', why: 'unreachable' });
      },
      Math.max(0, deadline - Date.now()),
    );
    const done = (value: Parameters<typeof resolve>[0]) => {
      clearTimeout(timer);
      resolve(value);
    };
    request.on('error', (error: NodeJS.ErrnoException) =>
      done({ refused: `the page cannot be reached (${error.code ?? 'error'})`, why: 'unreachable' }),
    );
    request.on('response', (response) => read(response, request.destroy.bind(request), reading, done));
    request.end();
  });
}

function read(
  response: IncomingMessage,
  stop: () => void,
  { maxBytes, anyType }: Reading,
  done: (value: { bytes: Buffer; contentType: string } | { location: string } | Refusal) => void,
): void {
  const status = response.statusCode ?? 0;
  const location = response.headers.location;
  if (status >= 300 && status < 400 && location) {
    stop();
    return done({ location });
  }
  if (status < 200 || status >= 300) {
    stop();
    return done({ refused: `the page answered ${status}`, why: 'unreachable' });
  }
  const contentType = response.headers['content-type'] ?? '';
  if (!anyType && !TEXT_TYPES.test(contentType.split(';')[0]!.trim())) {
    stop();
    return done({
      refused: `the page is ${contentType.split(';')[0] || 'of no stated type'}, not a web page or text`,
      why: 'type',
    });
  }
  if (Number(response.headers['content-length'] ?? 0) > maxBytes) {
    stop();
    return done({ refused: `the page is larger than ${maxBytes} bytes`, why: 'size' });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  response.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBytes) {
      stop();
      done({ refused: `the page is larger than ${maxBytes} bytes`, why: 'size' });
    } else chunks.push(chunk);
  });
  response.on('end', () => done({ bytes: Buffer.concat(chunks), contentType }));
  response.on('error', () => done({ refused: 'the page was cut off', why: 'unreachable' }));
}

/** What kind of address that is, when it is not a public one; null when it is. */
export function notPublic(address: string): string | null {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return notPublic(mapped);
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  for (const [list, why] of BLOCKED) if (list.check(address, family)) return why;
  return null;
}

const blockList = (subnets: string[]) => {
  const list = new BlockList();
  for (const subnet of subnets) {
    const [net, prefix] = subnet.split('/') as [string, string];
    list.addSubnet(net, Number(prefix), isIP(net) === 6 ? 'ipv6' : 'ipv4');
  }
  return list;
};

/** Addresses the bot never fetches from, by what they are (RFC 6890 and its successors). */
const BLOCKED: [BlockList, string][] = [
  [blockList(['127.0.0.0/8', '::1/128']), 'a loopback address'],
  [blockList(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7']), 'a private address'],
  [blockList(['169.254.0.0/16', 'fe80::/10']), 'a link-local address (the cloud metadata address is one)'],
  [blockList(['100.64.0.0/10']), 'a shared (carrier) address'],
  [blockList(['224.0.0.0/4', 'ff00::/8']), 'a multicast address'],
  [
    blockList([
      '0.0.0.0/8',
      '192.0.0.0/24',
      '192.0.2.0/24',
      '198.18.0.0/15',
      '198.51.100.0/24',
      '203.0.113.0/24',
      '240.0.0.0/4',
      '::/96',
      '64:ff9b::/96',
      '100::/64',
      '2001:db8::/32',
    ]),
    'a reserved address',
  ],
];

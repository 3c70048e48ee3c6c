import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, notPublic } from '../src/fetch-page.js';

/** A web server on 127.0.0.1 with one route per way a page can answer; it counts the connections made to it. */
let server: Server;
let base: string;
let connections = 0;
const page = readFileSync('test/fixtures/pages/heise.html');

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    const hop = /^\/hop\/(\d+)$/.exec(path);
    if (hop) {
      const n = Number(hop[1]);
      response.writeHead(302, { location: n === 0 ? '/article' : `/hop/${n - 1}` }).end();
    } else if (path === '/article') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else if (path === '/to-private') response.writeHead(301, { location: 'http://10.0.0.1/article' }).end();
    else if (path === '/pdf') response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    else if (path === '/large')
      response.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.alloc(3_000_000, 97));
    else if (path === '/endless') {
      // No length said: the size is found while reading, and the reading stops.
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 97);
      const write = () => {
        while (response.write(chunk));
        response.once('drain', write);
      };
      write();
      response.on('close', () => response.removeAllListeners('drain'));
    } else if (path === '/slow') response.writeHead(200, { 'content-type': 'text/html' }).write('<html>');
    else response.writeHead(404).end();
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** The test-only allowance: the local server is reachable, nothing else private is. */
const local = { allow: ['127.0.0.1'] };

describe('fetching a page for a member', () => {
  it('fetches a page, following up to three redirects, and says where it ended', async () => {
    const got = await fetchPage(`${base}/hop/2`, local);
    if ('refused' in got) throw new Error(got.refused);
    expect(got.url).toBe(`${base}/article`);
    expect(got.contentType).toBe('text/html; charset=utf-8');
    expect(got.bytes.equals(page)).toBe(true);
    const hops = { refused: 'the page redirects more than 3 times', why: 'unreachable' };
    expect(await fetchPage(`${base}/hop/3`, local)).toEqual(hops);
  });

  it.each([
    ['/pdf', /application\/pdf, not a web page/],
    ['/large', /larger than 2000000 bytes/],
    ['/endless', /larger than 2000000 bytes/],
    ['/missing', /answered 404/],
  ])('refuses %s', async (path, reason) => {
    const got = await fetchPage(`${base}${path}`, local);
    expect('refused' in got && got.refused).toMatch(reason);
  });

  it('gives up on a page that takes longer than the time allowed', async () => {
    const started = Date.now();
    const got = await fetchPage(`${base}/slow`, { ...local, limits: { timeoutMs: 300 } });
    expect(got).toEqual({ refused: 'the page took longer than the time allowed', why: 'unreachable' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses loopback, private, link-local and IPv6 loopback addresses without connecting to them', async () => {
    const before = connections;
    const port = (server.address() as AddressInfo).port;
    for (const [address, why] of [
      [`http://127.0.0.1:${port}/article`, 'a loopback address'],
      [`http://[::1]:${port}/article`, 'a loopback address'],
      ['http://10.1.2.3/', 'a private address'],
      ['http://169.254.169.254/latest/meta-data/', 'a link-local address'],
      ['http://[::ffff:10.0.0.1]/', 'a private address'],
    ] as const) {
      const got = await fetchPage(address);
      expect('refused' in got && got.refused, address).toContain(why);
    }
    // A redirect to a private address is checked too, after the allowed first hop.
    expect(await fetchPage(`${base}/to-private`, local)).toEqual({
      refused: '10.0.0.1 is a private address, which the bot does not fetch from',
      why: 'address',
    });
    expect(connections - before).toBe(1);
  });

  it('refuses a name that resolves to a private address, even beside a public one', async () => {
    const lookup = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '192.168.1.5', family: 4 },
    ];
    expect(await fetchPage('https://news.example/a', { lookup })).toEqual({
      refused: 'news.example is a private address, which the bot does not fetch from',
      why: 'address',
    });
  });

  it.each([
    ['ftp://example.org/a.html', 'only http and https addresses'],
    ['file:///etc/passwd', 'only http and https addresses'],
    ['http://user:secret@example.org/', 'an address with a user name or password'],
    ['nonsense', 'that is no web address'],
  ])('refuses %s', async (address, reason) =>
    expect(await fetchPage(address)).toEqual({ refused: reason, why: 'address' }),
  );
});

describe('what an address is', () => {
  it.each([
    ['127.0.0.1', 'a loopback address'],
    ['10.255.0.1', 'a private address'],
    ['172.31.0.1', 'a private address'],
    ['192.168.0.1', 'a private address'],
    ['169.254.169.254', 'a link-local address (the cloud metadata address is one)'],
    ['100.64.0.1', 'a shared (carrier) address'],
    ['224.0.0.1', 'a multicast address'],
    ['0.0.0.0', 'a reserved address'],
    ['::', 'a reserved address'],
    ['::1', 'a loopback address'],
    ['fd00:ec2::254', 'a private address'],
    ['fe80::1', 'a link-local address (the cloud metadata address is one)'],
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['93.184.216.34', null],
    ['2606:2800:220:1:248:1893:25c8:1946', null],
  ])('%s is %s', (address, why) => expect(notPublic(address)).toBe(why));
});

import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { clientFrom } from '@/lib/http/client-key';
import { PEER_HEADER, stampPeerAddress } from '@/lib/http/peer-address';

describe('the client a limit counts', () => {
  it('is the address our outermost proxy saw: counted from the right, never what the client wrote', () => {
    // One proxy: it appended the address it was reached from; anything left of it is the client's own.
    expect(clientFrom('6.6.6.6, 203.0.113.7', '10.0.0.2', 1)).toBe('203.0.113.7');
    expect(clientFrom('1.1.1.1, 2.2.2.2, 203.0.113.7', '10.0.0.2', 1)).toBe('203.0.113.7');
    // Two proxies (a CDN, then the load balancer).
    expect(clientFrom('6.6.6.6, 203.0.113.7, 198.51.100.1', '10.0.0.2', 2)).toBe('203.0.113.7');
    // Fewer hops than proxies: not through them all; the connection is what is known.
    expect(clientFrom('203.0.113.7', '10.0.0.2', 2)).toBe('10.0.0.2');
  });

  it('is the connection itself with no proxy in front, whatever headers say', () => {
    expect(clientFrom('6.6.6.6', '::ffff:192.0.2.10', 0)).toBe('192.0.2.10');
    expect(clientFrom(null, null, 0)).toBe('unknown');
  });

  it('is an IPv6 client’s /64, however the address is written: one home, one phone, one count', () => {
    expect(clientFrom(null, '2001:db8:a:b:1:2:3:4', 0)).toBe('2001:db8:a:b::/64');
    expect(clientFrom(null, '2001:DB8:A:B:ffff::9', 0)).toBe('2001:db8:a:b::/64');
    expect(clientFrom(null, '2001:0db8:000a:000b::1', 0)).toBe('2001:db8:a:b::/64');
    expect(clientFrom(null, '2001:db8:a:c::1', 0)).toBe('2001:db8:a:c::/64');
    expect(clientFrom('2001:db8:a:b::77', '10.0.0.2', 1)).toBe('2001:db8:a:b::/64');
    // Anything that is not an address is still a key of its own, bounded.
    expect(clientFrom(null, 'x'.repeat(100), 0)).toHaveLength(64);
  });

  it('reads the connection from a header the server stamps on every request, over any the client sent', async () => {
    stampPeerAddress();
    let seen: IncomingHttpHeaders = {};
    const server = createServer((req, res) => {
      seen = req.headers;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve, reject) => {
      const sent = request({ port, host: '127.0.0.1', headers: { [PEER_HEADER]: '6.6.6.6' } }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      sent.on('error', reject);
      sent.end();
    });
    server.close();
    expect(seen[PEER_HEADER]).toBe('127.0.0.1');
  });
});

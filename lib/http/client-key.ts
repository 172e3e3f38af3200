import 'server-only';
import ipaddr from 'ipaddr.js';
import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { PEER_HEADER } from '@/lib/http/peer-address';

/**
 * The client as our outermost proxy saw it, an address the client cannot choose: each proxy
 * appends the address it was reached from to X-Forwarded-For, so with N proxies of ours the
 * client is the N-th entry from the right (anything left of it is whatever the client wrote).
 * With no proxy, the connection's own address.
 */
export async function clientKey(): Promise<string> {
  const h = await headers();
  return clientFrom(h.get('x-forwarded-for'), h.get(PEER_HEADER), env().trustedProxies);
}

export function clientFrom(forwardedFor: string | null, peer: string | null, trustedProxies: number): string {
  if (trustedProxies > 0) {
    const hops = (forwardedFor ?? '')
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean);
    // Fewer hops than proxies: the request did not come through them all; its peer is what we know.
    const client = hops.length >= trustedProxies ? hops[hops.length - trustedProxies] : undefined;
    if (client) return normalise(client);
  }
  return normalise(peer || 'unknown');
}

/**
 * One key per client however its address is written (IPv4-mapped IPv6, zeros, case). An IPv6
 * client is its /64: a home or a phone is given a whole /64 and may use any address in it, so
 * counting single addresses would give one device 2^64 allowances.
 */
function normalise(address: string): string {
  if (!ipaddr.isValid(address)) return address.toLowerCase().slice(0, 64);
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const words = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((word) => word.toString(16));
  return `${words.join(':')}::/64`;
}

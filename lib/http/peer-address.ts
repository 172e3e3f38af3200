import type { IncomingMessage } from 'node:http';
import { Server } from 'node:http';

/**
 * The header that carries the address the request's TCP connection came from. Next keeps a
 * client's own X-Forwarded-For instead of the socket's address, and gives pages no socket: so at
 * start the server stamps every request with it, overwriting whatever a client sent under that name.
 */
export const PEER_HEADER = 'x-booking-peer';

let stamped = false;

export function stampPeerAddress(): void {
  if (stamped) return;
  stamped = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? '';
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

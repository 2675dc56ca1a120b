import { WebSocket } from "ws";

/**
 * Node's ws WebSocket, as a browser WebSocket class for RoomClient, that shows `onSend`
 * every frame the client sends (its pings, its probes) before sending it.
 */
export function watchingSends(onSend: (data: Uint8Array | string) => void): typeof globalThis.WebSocket {
  class Watching extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      const send = this.send.bind(this);
      this.send = ((data: Uint8Array | string) => {
        onSend(data);
        send(data);
      }) as typeof this.send;
    }
  }
  return Watching as unknown as typeof globalThis.WebSocket;
}

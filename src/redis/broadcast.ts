import type { SharedStore, SharedUse } from "./store.js";

/** Messages to every other process, at most once each (Redis pub/sub keeps nothing for a process that is away). */
export interface Broadcast {
  publish(message: string): void;
  /** `listener` hears other processes' messages, not this one's own. */
  subscribe(listener: (message: string) => void): void;
}

export function broadcast(store: SharedStore, use: SharedUse, name: string): Broadcast {
  const channel = store.key("channel", name);
  return {
    publish(message) {
      void store.attempt(use, () => store.redis.publish(channel, JSON.stringify({ from: store.processId, message })), () => 0);
    },
    subscribe(listener) {
      const subscriber = store.subscriber();
      subscriber.on("message", (from: string, text: string) => {
        if (from !== channel) return;
        const parsed = JSON.parse(text) as { from: string; message: string };
        if (parsed.from !== store.processId) listener(parsed.message);
      });
      // A failure is reported by the store's error handler; ioredis subscribes again after each reconnect.
      subscriber.subscribe(channel).catch(() => undefined);
    },
  };
}

/**
 * Runs `drain` after every ring, never two at a time: a ring during a run schedules one more run
 * instead of a parallel one, so a stream reads the table in order and rings are never lost.
 */
export function serialDrainer(drain: () => Promise<void>, onError: (error: unknown) => void): () => void {
  let running = false;
  let again = false;
  const run = async () => {
    running = true;
    try {
      do {
        again = false;
        await drain();
      } while (again);
    } finally {
      running = false;
    }
  };
  return () => {
    if (running) {
      again = true;
      return;
    }
    run().catch(onError);
  };
}

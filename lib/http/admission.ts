// How many requests the app server works on at once. Next.js keeps rendering a page whose client
// has gone (a timed-out load balancer or browser), so under overload, clients that give up and ask
// again would pile up renders without bound until the heap runs out. Past `maxInFlight`, requests
// wait in turn; those whose client went away meanwhile are dropped unanswered; past `maxQueued`
// waiting, a request is refused at once (the server answers 503) rather than held. Work nobody
// waits on yet (a link prefetched in case it is clicked) is `deferrable`: it waits behind all the
// rest, so a page full of links cannot make a click wait behind its own prefetches.

export interface Admission {
  /**
   * Runs `task` now, or once a slot frees. `isGone` is asked just before a waiting task would start
   * (true: skip it); `refuse` is called instead when the queue is full. A `deferrable` task starts
   * only when no other task waits.
   */
  run(task: () => Promise<unknown>, options: { isGone: () => boolean; refuse: () => void; deferrable?: boolean }): void;
  readonly inFlight: number;
  readonly waiting: number;
}

export function createAdmission({ maxInFlight, maxQueued }: { maxInFlight: number; maxQueued: number }): Admission {
  let inFlight = 0;
  type Waiting = { task: () => Promise<unknown>; isGone: () => boolean };
  const queue: Waiting[] = [];
  const deferred: Waiting[] = [];
  const start = (task: () => Promise<unknown>) => {
    inFlight += 1;
    // A task's own failure is its caller's to answer; here it only frees the slot.
    void Promise.resolve()
      .then(task)
      .catch(() => undefined)
      .finally(() => {
        inFlight -= 1;
        startWaiting();
      });
  };
  const startWaiting = () => {
    while (inFlight < maxInFlight && queue.length + deferred.length > 0) {
      const next = (queue.length > 0 ? queue : deferred).shift()!;
      if (!next.isGone()) start(next.task);
    }
  };
  return {
    run(task, { isGone, refuse, deferrable = false }) {
      if (inFlight < maxInFlight) return start(task);
      if (queue.length + deferred.length >= maxQueued) return refuse();
      (deferrable ? deferred : queue).push({ task, isGone });
    },
    get inFlight() {
      return inFlight;
    },
    get waiting() {
      return queue.length + deferred.length;
    },
  };
}

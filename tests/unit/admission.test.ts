import { describe, expect, it } from "vitest";
import { createAdmission } from "@/lib/http/admission";

/** A task that runs until `finish` is called, recording that it started. */
function controlledTask(started: string[], name: string) {
  let finish!: (fail?: boolean) => void;
  const done = new Promise<void>((resolve, reject) => (finish = (fail) => (fail ? reject(new Error(name)) : resolve())));
  return {
    task: () => {
      started.push(name);
      return done;
    },
    finish: (fail?: boolean) => finish(fail),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("admission", () => {
  it("runs at most maxInFlight tasks at once and starts waiting ones in order as slots free", async () => {
    const admission = createAdmission({ maxInFlight: 2, maxQueued: 10 });
    const started: string[] = [];
    const tasks = ["a", "b", "c", "d"].map((name) => controlledTask(started, name));
    for (const { task } of tasks) admission.run(task, { isGone: () => false, refuse: () => started.push("refused") });
    await settle();
    expect(started).toEqual(["a", "b"]);
    expect([admission.inFlight, admission.waiting]).toEqual([2, 2]);
    tasks[1]!.finish(true); // a failure frees its slot too
    await settle();
    expect(started).toEqual(["a", "b", "c"]);
    tasks[0]!.finish();
    tasks[2]!.finish();
    await settle();
    expect(started).toEqual(["a", "b", "c", "d"]);
    tasks[3]!.finish();
    await settle();
    expect([admission.inFlight, admission.waiting]).toEqual([0, 0]);
  });

  it("refuses past maxQueued waiting, and skips waiting tasks whose client has gone", async () => {
    const admission = createAdmission({ maxInFlight: 1, maxQueued: 2 });
    const started: string[] = [];
    const refused: string[] = [];
    const first = controlledTask(started, "first");
    const gone = controlledTask(started, "gone");
    const kept = controlledTask(started, "kept");
    const extra = controlledTask(started, "extra");
    admission.run(first.task, { isGone: () => false, refuse: () => refused.push("first") });
    admission.run(gone.task, { isGone: () => true, refuse: () => refused.push("gone") });
    admission.run(kept.task, { isGone: () => false, refuse: () => refused.push("kept") });
    admission.run(extra.task, { isGone: () => false, refuse: () => refused.push("extra") });
    expect(refused).toEqual(["extra"]);
    first.finish();
    await settle();
    expect(started).toEqual(["first", "kept"]);
    kept.finish();
    await settle();
    expect(admission.inFlight).toBe(0);
  });

  it("starts deferrable tasks only when nothing else waits, and counts them against maxQueued", async () => {
    const admission = createAdmission({ maxInFlight: 1, maxQueued: 3 });
    const started: string[] = [];
    const refused: string[] = [];
    const tasks = Object.fromEntries(["page", "prefetch-1", "prefetch-2", "click", "late"].map((name) => [name, controlledTask(started, name)]));
    const run = (name: string, deferrable: boolean) => admission.run(tasks[name]!.task, { isGone: () => false, refuse: () => refused.push(name), deferrable });
    run("page", false);
    run("prefetch-1", true);
    run("prefetch-2", true);
    run("click", false);
    run("late", false);
    expect(refused).toEqual(["late"]);
    for (const name of ["page", "click", "prefetch-1"]) {
      tasks[name]!.finish();
      await settle();
    }
    expect(started).toEqual(["page", "click", "prefetch-1", "prefetch-2"]);
  });
});

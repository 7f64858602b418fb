import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const MODULE = pathToFileURL(resolve(__dirname, "../../scripts/lib/abort-reasons-without-frames.ts")).href;

/**
 * What React's server renderer does when a render completes: inside a setImmediate callback, a method
 * of the render aborts a signal that outlives the render, with a new Error as the reason. Run in a
 * process of its own (the module patches a global), with gc exposed; prints whether the render is
 * still reachable once dropped.
 */
function renderKeptByAbortReason(withModule: boolean): string {
  const script = `
    ${withModule ? `await import(${JSON.stringify(MODULE)});` : ""}
    const cacheSignal = new AbortController();
    let ref;
    await new Promise((done) => setImmediate(() => {
      class Render {
        constructor() { this.chunks = new Array(100000).fill("x"); }
        complete() { cacheSignal.abort(new Error("This render completed successfully.")); }
      }
      const render = new Render();
      ref = new WeakRef(render);
      render.complete();
      done();
    }));
    await new Promise((later) => setTimeout(later, 10));
    gc();
    await new Promise((later) => setTimeout(later, 10));
    console.log(JSON.stringify({ kept: ref.deref() !== undefined, aborted: cacheSignal.signal.aborted, message: cacheSignal.signal.reason.message, stack: cacheSignal.signal.reason.stack.split("\\n")[0] }));
  `;
  return execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" }).trim();
}

describe("abort reasons without frames", () => {
  it("an unread abort reason keeps the object whose method made it (what the module is for)", () => {
    expect(JSON.parse(renderKeptByAbortReason(false))).toMatchObject({ kept: true, aborted: true });
  });

  it("with the module, the render is released and the reason still reads the same", () => {
    expect(JSON.parse(renderKeptByAbortReason(true))).toEqual({
      kept: false,
      aborted: true,
      message: "This render completed successfully.",
      stack: "Error: This render completed successfully.",
    });
  });
});

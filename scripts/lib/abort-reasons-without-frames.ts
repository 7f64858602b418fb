// Imported by the production server (scripts/serve.ts) before Next.js loads.
//
// An Error keeps its stack unformatted until someone reads `.stack`, and until then V8 holds every
// captured frame's function and `this`. React's server renderer aborts each request's cache signal
// with a fresh Error when the render completes ("This render completed successfully…"), nobody reads
// it, and the signal lives as long as the request. That Error is made inside a setImmediate callback,
// so one of its frames' `this` is Node's Immediate, which still links the Immediates queued with it
// (`_idleNext`, `_idlePrev`), each holding the async context, and so the React request, of the render
// that queued it: every finished render kept the renders that ran beside it, in a chain with no end
// under steady load. In heap snapshots under the mixed load of `npm run bench -- --http --memory`,
// 870 React requests were live after 50 s and 1,540 after 140 s (190 and 267 MB of heap), until
// the server ran out of its heap; with this module, 33 and 35 (102 and 104 MB). react/react#37289
// stops capturing that stack; it is not released yet.
//
// Reading `.stack` when a controller is aborted formats the frames into a string, and V8 lets them go.
const abort = Object.getOwnPropertyDescriptor(AbortController.prototype, "abort")?.value as (this: AbortController, reason?: unknown) => void;
AbortController.prototype.abort = function (this: AbortController, reason?: unknown) {
  if (reason instanceof Error) void reason.stack;
  abort.call(this, reason);
};

export {};

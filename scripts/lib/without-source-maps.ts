// Imported first by the production server (scripts/serve.ts), before Next.js loads: tsx's loader
// turns Node's source-map support on for the whole process, and Node then keeps the source map of
// every module it loads (Next.js's server and the app's chunks, their sources inlined): a heap
// snapshot under load held about 60 MB of them, with a 256 MB heap. `next start` leaves them off too.
process.setSourceMapsEnabled(false);

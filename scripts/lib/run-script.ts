/**
 * Runs a command-line script's main and exits with its code; a failure prints its message (or, with
 * `showStack`, the whole error) and exits 1.
 */
export function runScript(main: () => Promise<number>, options: { showStack?: boolean } = {}): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(options.showStack || !(error instanceof Error) ? error : error.message);
      process.exit(1);
    },
  );
}

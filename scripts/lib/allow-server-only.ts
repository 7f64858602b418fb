// Lets a script run the app's server modules under Node's default conditions (where React keeps
// createContext, which next-auth needs at load): "server-only" resolves to an empty module, as it
// does for the React server build. Imported first by the app server (scripts/serve.ts), and loaded
// with --import by `npm run bench:api`.
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

import pg from "pg";

/**
 * The role the app connects as: it owns nothing, and the migration 20261129030000_app_role grants
 * it only what the app needs (on the audit trail only INSERT and SELECT). Migrations run as the
 * owner of the schema instead.
 */
export const APP_ROLE = "parley_app";

/**
 * Lets the app role sign in with `password` on a server we administer (the embedded one, or a
 * throwaway test server), creating the role if no migration has yet, and returns the URL the app
 * connects with: `ownerUrl` with the app role's name and password.
 */
export async function enableAppRoleLogin(ownerUrl: string, password: string): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE]);
    const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT PASSWORD ${client.escapeLiteral(password)}`;
    await client.query(`${exists.rowCount === 0 ? "CREATE" : "ALTER"} ROLE ${APP_ROLE} WITH ${attributes}`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = encodeURIComponent(password);
  return url.toString();
}

/**
 * Why the app's connection is more powerful than it should be, or null: a superuser, or a role
 * that owns the app's tables, could switch the audit trail's triggers off.
 */
export async function excessPrivilegeOf(appUrl: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ role: string; isSuperuser: boolean; ownsTables: boolean }>(
      `SELECT current_user AS "role",
              (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS "isSuperuser",
              EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND pg_has_role(current_user, tableowner, 'USAGE')) AS "ownsTables"`,
    );
    const row = rows[0];
    if (!row) return null;
    if (row.isSuperuser) return `the app connects as ${row.role}, a superuser`;
    if (row.ownsTables) return `the app connects as ${row.role}, which owns the app's tables`;
    return null;
  } finally {
    await client.end();
  }
}

// Runs the graphql-http server audit (an independent GraphQL-over-HTTP conformance check) against a
// live endpoint and prints one JSON array: [{ id, name, status, reason }]. Usage: node audit.mjs <url>
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  process.stderr.write('usage: node audit.mjs <graphql endpoint url>\n');
  process.exit(2);
}
const results = await auditServer({ url });
process.stdout.write(JSON.stringify(results.map(({ id, name, status, reason }) => ({ id, name, status, reason: reason ?? null }))));

// Runs graphql-http's GraphQL over HTTP audits against a live server and prints the results as
// JSON, one object per audit: { id, name, status: "ok" | "warn" | "error", reason? }.
//
//   node audit.mjs http://127.0.0.1:8080/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <GraphQL endpoint URL>');
  process.exit(2);
}

const results = await auditServer({ url });
console.log(
  JSON.stringify(
    results.map((result) => ({
      id: result.id,
      name: result.name,
      status: result.status,
      ...(result.status === 'ok' ? {} : { reason: result.reason }),
    })),
  ),
);

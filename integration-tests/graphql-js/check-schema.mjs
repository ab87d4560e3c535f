// Usage: node check-schema.mjs path/to/schema.graphql
//
// Builds the schema with graphql-js, the reference implementation, and validates it, so that the
// SDL Kiln writes is proven valid by a second implementation besides graphql-java.
import { readFileSync } from 'node:fs';
import { buildSchema, validateSchema } from 'graphql';

const file = process.argv[2];
if (!file) {
  console.error('usage: node check-schema.mjs SCHEMA.graphql');
  process.exit(2);
}

let schema;
try {
  schema = buildSchema(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`graphql-js rejected ${file}:\n${error}`);
  process.exit(1);
}

const errors = validateSchema(schema);
if (errors.length > 0) {
  console.error(`graphql-js rejected ${file}:`);
  for (const error of errors) {
    console.error(`  ${error.message}`);
  }
  process.exit(1);
}

const types = Object.keys(schema.getTypeMap()).filter((name) => !name.startsWith('__'));
console.log(`graphql-js accepted ${file}: ${types.length} types`);

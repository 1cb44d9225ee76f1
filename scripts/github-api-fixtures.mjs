// Extracts, from GitHub's own API descriptions, what test/support/fakeGitHub.ts checks each request against:
// test/fixtures/github/openapi-endpoints.json (REST: parameters and request body of each endpoint the fake serves)
// and test/fixtures/github/graphql-types.json (GraphQL: the fields of the types a query may select).
// The descriptions are npm packages, too large to install for this; see test/fixtures/github/README.md:
//   npm pack @octokit/openapi@23.0.2 @octokit/graphql-schema@15.26.1   (then untar each into its own folder)
//   node scripts/github-api-fixtures.mjs <openapi package folder> <graphql-schema package folder>
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every REST endpoint the fake serves, as "METHOD /path/{param}". */
const ENDPOINTS = [
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  'GET /repos/{owner}/{repo}/contents/{path}',
  'GET /user',
  'POST /repos/{owner}/{repo}/check-runs',
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments',
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  'DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}',
];
/** Every GraphQL type whose fields a query sent to the fake may select. */
const GRAPHQL_TYPES = ['Query', 'User'];

const [openapiFolder, graphqlFolder] = process.argv.slice(2);
if (!openapiFolder || !graphqlFolder) {
  console.error(
    'usage: node scripts/github-api-fixtures.mjs <@octokit/openapi folder> <@octokit/graphql-schema folder>',
  );
  process.exit(2);
}
const out = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'test/fixtures/github');
const version = (folder) => JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')).version;

const openapi = JSON.parse(readFileSync(path.join(openapiFolder, 'generated/api.github.com.deref.json'), 'utf8'));
const endpoints = {};
for (const key of ENDPOINTS) {
  const [method, route] = key.split(' ');
  const operation = openapi.paths[route]?.[method.toLowerCase()];
  if (!operation) throw new Error(`${key} is not in the OpenAPI description`);
  const body = operation.requestBody?.content?.['application/json']?.schema;
  endpoints[key] = {
    operationId: operation.operationId,
    parameters: (operation.parameters ?? []).map(({ name, in: where, required, schema }) => ({
      name,
      in: where,
      required: required ?? false,
      schema,
    })),
    ...(body ? { requestBody: body } : {}),
  };
}
writeFileSync(
  path.join(out, 'openapi-endpoints.json'),
  JSON.stringify(
    { source: `@octokit/openapi ${version(openapiFolder)} generated/api.github.com.deref.json`, endpoints },
    null,
    2,
  ) + '\n',
);

const schema = JSON.parse(readFileSync(path.join(graphqlFolder, 'schema.json'), 'utf8'));
const typeName = (type) =>
  type.kind === 'NON_NULL'
    ? `${typeName(type.ofType)}!`
    : type.kind === 'LIST'
      ? `[${typeName(type.ofType)}]`
      : type.name;
const types = {};
for (const name of GRAPHQL_TYPES) {
  const type = schema.__schema.types.find((t) => t.name === name);
  if (!type) throw new Error(`GraphQL type ${name} is not in the schema`);
  types[name] = Object.fromEntries(
    type.fields.map((field) => [field.name, { type: typeName(field.type), args: field.args.map((a) => a.name) }]),
  );
}
writeFileSync(
  path.join(out, 'graphql-types.json'),
  JSON.stringify({ source: `@octokit/graphql-schema ${version(graphqlFolder)} schema.json`, types }, null, 2) + '\n',
);

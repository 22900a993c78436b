// graphql-js as a test oracle. Reads one JSON request from the file named on the command line and
// writes one JSON answer to stdout. Modes:
//   validate:      { cases: [{ id, schema, document }] } -> [{ id, syntaxError, errors: [{ message, locations }] }]
//   introspection: { options }                           -> { query }   (getIntrospectionQuery text)
//   roundtrip:     { introspection, sdl }                -> { printed } (buildClientSchema + printSchema)
//   printSchema:   { sdl }                               -> { printed, errors } (buildSchema + validateSchema + printSchema)
//   execute:       { sdl, document, rootValue, variables, operationName } -> the execution result (default resolvers over rootValue)
import { readFileSync } from 'node:fs';
import {
  parse, validate, execute, buildSchema, buildClientSchema, printSchema, getIntrospectionQuery, validateSchema, GraphQLError,
} from 'graphql';

const request = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const plain = (e) => ({ message: e.message, locations: (e.locations ?? []).map(({ line, column }) => ({ line, column })) });

function run() {
  switch (request.mode) {
    case 'validate': {
      const schemas = new Map();
      return request.cases.map(({ id, schema, document }) => {
        let built = schemas.get(schema);
        if (!built) {
          built = buildSchema(schema);
          schemas.set(schema, built);
        }
        let ast;
        try {
          ast = parse(document);
        } catch (e) {
          if (e instanceof GraphQLError) return { id, syntaxError: plain(e), errors: [] };
          throw e;
        }
        return { id, syntaxError: null, errors: validate(built, ast).map(plain) };
      });
    }
    case 'introspection':
      return { query: getIntrospectionQuery(request.options ?? {}) };
    case 'roundtrip':
      return { printed: printSchema(buildClientSchema(request.introspection)) };
    case 'printSchema': {
      const schema = buildSchema(request.sdl);
      return { printed: printSchema(schema), errors: validateSchema(schema).map(plain) };
    }
    case 'execute': {
      // Abstract types resolve through a `__typename` entry in the data, as graphql-js's defaultTypeResolver does.
      const result = execute({
        schema: buildSchema(request.sdl),
        document: parse(request.document),
        rootValue: request.rootValue ?? null,
        variableValues: request.variables ?? undefined,
        operationName: request.operationName ?? undefined,
      });
      return JSON.parse(JSON.stringify(result));
    }
    default:
      throw new Error(`unknown mode ${request.mode}`);
  }
}

process.stdout.write(JSON.stringify(run()));

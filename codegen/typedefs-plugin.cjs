// Emits the merged SDL (with descriptions and directives) as a TypeScript string, so the Lambda bundle
// carries the schema without reading files at run time.
const { printSchemaWithDirectives } = require('@graphql-tools/utils');

module.exports = {
  plugin(schema) {
    const sdl = printSchemaWithDirectives(schema);
    return `export const typeDefs = ${JSON.stringify(sdl)};\n`;
  },
};

// Emits the merged SDL (with directives) as a TypeScript string, so the Lambda bundle carries the schema
// without reading files at run time. With `descriptions: false`, the SDL without descriptions and without
// ignored characters: the production function refuses introspection, so it never serves a description, and
// they are most of the SDL's size (functions/graphql/schema.ts picks this one when bundled for production).
const { printSchemaWithDirectives } = require('@graphql-tools/utils');
const { parse, print, stripIgnoredCharacters, visit } = require('graphql');

module.exports = {
  plugin(schema, _documents, config) {
    let sdl = printSchemaWithDirectives(schema);
    if (config.descriptions === false) {
      const bare = visit(parse(sdl), {
        enter(node) {
          return node.description ? { ...node, description: undefined } : undefined;
        },
      });
      sdl = stripIgnoredCharacters(print(bare));
    }
    return `export const ${config.exportName ?? 'typeDefs'} = ${JSON.stringify(sdl)};\n`;
  },
};

/**
 * The argument path a variable-coercion error is about, in the form the services use for `field`
 * (`input.goals.0.text`). graphql-js refuses a variable of the wrong type, a missing required field, an
 * unknown field or an unknown enum value before any resolver runs, and says where only in its message:
 *   Variable "$input" got invalid value "x" at "input.number"; Int cannot represent …
 *   Variable "$input" got invalid value { … }; Field "number" of required type "Int!" was not provided.
 *   Variable "$input" of required type "CreateCohortInput!" was not provided.
 * The value itself is printed between the variable and the path, with its quotes escaped, so the first
 * unescaped ` at "…"; ` is the path; a path of anything but names and indexes is not trusted.
 */
const VARIABLE = /^Variable "\$([A-Za-z_]\w*)"/;
const AT = / at "([A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[\d+\])*)"; /;
const FIELD = /; Field "([A-Za-z_]\w*)" (?:of required type|is not defined by type)/;

export function inputErrorField(message: string): string | undefined {
  const variable = VARIABLE.exec(message)?.[1];
  if (!variable) return undefined;
  const at = AT.exec(message);
  const path = at?.[1] ?? variable;
  const rest = at ? message.slice(at.index + at[0].length - 2) : message;
  const field = FIELD.exec(rest)?.[1];
  return (field ? `${path}.${field}` : path).replace(/\[(\d+)\]/g, '.$1');
}

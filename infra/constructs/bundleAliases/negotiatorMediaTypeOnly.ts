/**
 * Stands in for negotiator's `lib/charset.js`, `lib/encoding.js` and `lib/language.js` in the function bundle.
 * Apollo Server negotiates only the response's media type (`negotiator.mediaType(…)`, in `lib/mediaType.js`,
 * which stays); negotiator loads the other three eagerly, but nothing calls its charset, encoding or language
 * methods.
 */
export default function absent(): never {
  throw new Error("negotiator's charset, encoding and language negotiation are not bundled in this function");
}

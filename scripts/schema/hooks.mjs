/** Node module hook for build-schema.mjs: the compiled shapes get the JSON Schema combinators instead of the checks. */
const combinators = new URL('./combinators.mjs', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier.endsWith('/validate.js') && context.parentURL?.includes('/dist/'))
    return { url: combinators, shortCircuit: true };
  return next(specifier, context);
}

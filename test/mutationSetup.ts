/**
 * The set-up of specs run by `npm run mutate` (stryker.config.json). Every mutant reloads the spec
 * files that reach it, set-up included, and loading Testing Library and its matchers costs about a
 * second of CPU per spec file: the `.ts` specs (functions and the api, nothing rendered) skip it,
 * the `.tsx` specs (hooks rendered in a probe) get the whole of test/setup.ts as under `npm test`.
 */
if (expect.getState().testPath?.endsWith('.tsx')) jest.requireActual('./setup')

/**
 * The modules of a server bundle that its merge chunk (server/src/merge-chunk.ts) uses, by path: the build
 * (scripts/merge-chunk.mjs) swaps this file for one that lists them, so the chunk calls the server's own
 * engine instead of carrying a second copy. Unbundled (tests, the CLI) the merge code is imported directly
 * and nothing is shared this way.
 */
export const MERGE_HOST: Record<string, unknown> = {};

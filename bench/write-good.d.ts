// write-good ships no types; the bench only calls its default export.
declare module 'write-good' {
  const writeGood: (text: string) => unknown[];
  export default writeGood;
}

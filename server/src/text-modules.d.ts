/** Text files imported `with { type: 'text' }`: esbuild inlines them as strings. */
declare module '*.txt' {
  const text: string;
  export default text;
}

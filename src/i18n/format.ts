/** The names of the `{placeholders}` in a message, as a union of string literals. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The figures a message needs: none for a plain message, one value per placeholder otherwise. */
export type MessageParams<S extends string> = [Placeholders<S>] extends [never]
  ? []
  : [params: Record<Placeholders<S>, string | number>];

const placeholderPattern = /\{(\w+)\}/g;

/** Fills a message's `{name}` placeholders from `params`; a missing one stays as written. */
export function formatMessage(message: string, params: Record<string, string | number> = {}): string {
  return message.replace(placeholderPattern, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The placeholder names in a message, sorted: equal lists mean two translations take the same figures. */
export function placeholderNames(message: string): string[] {
  return [...message.matchAll(placeholderPattern)].map((match) => match[1] ?? '').sort();
}

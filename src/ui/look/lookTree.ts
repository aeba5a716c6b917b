/** An element as data, built by the app with createElement: [tag, props, ...children]. */
export type LookTree = [string, Record<string, string>, ...LookTree[]];

/** `make`'s value, made at the first call and kept: for what is needed only on some paths, and then more than once. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * A value built on first use, standing in for it meanwhile: the schemas are built when a program
 * first reads one (to validate, compose, or make JSON Schema), not when it imports the package.
 * Building them all took about 7 ms of an import of the root entry, for programs that may only
 * want the records.
 *
 * The stand-in is a Proxy that passes every operation to the built schema: its properties and
 * methods, `instanceof` (zod's reads the schema's traits), and the own keys. Each stand-in is one
 * object for the life of the program, and the schemas built from it (`z.array(schema)`,
 * `schema.extend(…)`) hold it, so identity is kept as it was: one object per exported schema.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const real = () => {
    built ??= build();
    return built;
  };
  // Node's inspect (console.log) reads the Proxy's target, not through its traps: it finds here
  // how to show the schema. The key is Node's registered symbol, so nothing Node-only is imported.
  const target = Object.create(null);
  target[Symbol.for('nodejs.util.inspect.custom')] = (
    _depth: number,
    options: object,
    inspect: (value: unknown, options: object) => string,
  ) => inspect(real(), options);
  return new Proxy(target as T, {
    // The stand-in is the receiver: zod binds a method to the object it is read from, on first
    // read, so `schema.nullable()` wraps the stand-in, as every other reference to it does.
    get: (_, key, receiver) => Reflect.get(real(), key, receiver),
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    // Every property reads as configurable: a Proxy may not call a property non-configurable that
    // its target lacks. zod's `_zod` is not configurable, on the built schema.
    getOwnPropertyDescriptor: (_, key) => {
      const found = Reflect.getOwnPropertyDescriptor(real(), key);
      return found && { ...found, configurable: true };
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}

/**
 * A value built on the first call, the same one after: a schema the exported ones share, such as
 * non-empty text, built inside their builders. (Not a stand-in: zod keeps the objects it is given,
 * and JSON Schema output reuses a definition only for the one object.)
 */
export function once<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => {
    built ??= build();
    return built;
  };
}

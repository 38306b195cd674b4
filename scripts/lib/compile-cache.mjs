// Loaded before the build's entry point (`node --import`), and so before its modules: Node keeps their
// TypeScript stripped and compiled in its compile cache (os.tmpdir()/node-compile-cache, or
// NODE_COMPILE_CACHE), so a build after the first does not strip and compile them again, nor do the
// staging processes, which are started with the same flags. Plain JavaScript, not TypeScript: a .ts
// hook would itself need stripping before the cache is on, loading Node's TypeScript stripper
// (0.15–0.25 s of CPU) into every process, the build's and each staging process's.
import module from 'node:module';

module.enableCompileCache?.();

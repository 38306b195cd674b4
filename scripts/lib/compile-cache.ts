// Loaded before the build's entry point (`node --import`), and so before its modules: Node keeps their
// TypeScript stripped and compiled in its compile cache (os.tmpdir()/node-compile-cache, or
// NODE_COMPILE_CACHE), so a build after the first does not strip and compile them again, nor do the
// staging processes, which are started with the same flags.
import module from 'node:module';

module.enableCompileCache?.();

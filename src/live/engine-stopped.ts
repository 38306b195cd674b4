/**
 * The query engine was ended (a query that cancelling could not stop): whatever it was still answering
 * will not be answered. Its own module, so that pages can recognise it without loading the engine.
 */
export class EngineStopped extends Error {
  override name = 'EngineStopped';
}

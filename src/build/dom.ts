import { JSDOM } from 'jsdom';

/** A document for Observable Plot to render into when pages are built (no browser there). */
export function createBuildDocument(): Document {
  return new JSDOM('<!doctype html><html><body></body></html>').window.document;
}

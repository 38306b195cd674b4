import { MAP_URL, type VietnamTopology } from './map.ts';

type Loader = () => Promise<VietnamTopology>;

// In the browser the map is fetched from the site once, on first need; the build swaps in a file reader.
let loader: Loader = async () => {
  const response = await fetch(MAP_URL);
  if (!response.ok) throw new Error(`${MAP_URL}: HTTP ${response.status}`);
  return (await response.json()) as VietnamTopology;
};
let cached: Promise<VietnamTopology> | undefined;

export function setTopologyLoader(load: Loader): void {
  loader = load;
  cached = undefined;
}

export function loadTopology(): Promise<VietnamTopology> {
  cached ??= loader();
  return cached;
}

/**
 * The reuse terms of the site's compilation. The figures themselves stay under their sources' own terms
 * (government portals and newspapers); the compilation (selection, normalisation, codes) is CC BY 4.0.
 */
export const LICENCE = {
  id: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

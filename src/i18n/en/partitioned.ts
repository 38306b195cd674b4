import type { Messages } from '../messages.ts';

export const partitioned: Messages['partitioned'] = {
  fetched: (fetched: string, total: string, share: string, files: string, allFiles: string) =>
    `A large set, read in part: fetched ${fetched} of ${total} (${share}%), ${files} of ${allFiles} partition files; ` +
    'each range fetched was checked against the published SHA-256.',
  loaded: (rows: string, allRows: string) =>
    `The observations table now holds ${rows} of ${allRows} rows: the SQL console sees only the rows loaded ` +
    'for the selections viewed so far.',
  refused: (file: string) =>
    `The file ${file} does not match the published index (its SHA-256 differs), so it was not used.`,
  units: ['B', 'KB', 'MB', 'GB'],
};

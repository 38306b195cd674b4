import type { Messages } from '../messages.ts';

export const security: Messages['security'] = {
  linkRefused:
    'The statement in this link does not only read data, so it was not run. A link runs SELECT queries only; ' +
    'the statement is shown in the box for you to read. The published figures are unchanged.',
  linkTimedOut: (seconds: number) =>
    `The query from the link ran for more than ${seconds} s and was stopped; press Run to run it without a limit.`,
  writeRefused:
    'The SQL console runs queries that read (SELECT) only: the published figures the pages and the filters ' +
    'show cannot be changed, deleted or added to from here. DuckDB’s reason is below.',
  restarting: 'The query did not stop in time: restarting the query engine and reloading the published data…',
  restarted: 'Stopped: the engine was restarted and the published data reloaded.',
  uploadsLost: 'The tables you uploaded went with the old engine: upload the files again.',
  dataRefused:
    'A data file does not match what was published (its size, SHA-256 checksum or row count differs from the ' +
    'manifest this page was built with), so it was not used. The figures shown are those published when the ' +
    'page was built; live queries are switched off. Reload the page; if this persists, tell the site’s keepers.',
};

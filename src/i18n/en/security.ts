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
  cancelled: 'The query was cancelled.',
  restarted:
    'The query did not stop in time, so the query engine was restarted and the published data reloaded; ' +
    'tables you uploaded or created are gone.',
};

import { choroplethView } from './choropleth.ts';
import { enforcementView } from './enforcement.ts';
import { rankingView } from './ranking.ts';
import { tasksView } from './tasks.ts';
import { workloadView } from './workload.ts';
import type { View } from './view.ts';

/** The views a page can make live, by the name its figure carries in `data-view`. */
export const VIEWS: Record<string, View> = {
  choropleth: choroplethView,
  enforcement: enforcementView,
  ranking: rankingView,
  tasks: tasksView,
  workload: workloadView,
};

// The child process of stageObservationsInChild: stages the observation files and sends back the result.
import { stageObservations, type StageInput } from './stage-observations.ts';

const send = (message: object) => process.send?.(message, () => process.disconnect?.());
process.once('message', async (input: StageInput) => {
  try {
    send({ output: await stageObservations(input) });
  } catch (error) {
    // The build's own fault, reported by the parent in one line (build-data.ts).
    process.exitCode = 1;
    send({ failure: error instanceof Error ? error.message : String(error) });
  }
});

// The import worker: reads files off the main thread (see import-worker-handler.ts). Workers stay
// alive for the next file.
import type { WorkerRequest } from './import-runner';
import { importWorkerHandler, type WorkerScope } from './import-worker-handler';

const handle = importWorkerHandler(self as unknown as WorkerScope);
self.onmessage = (e: MessageEvent<WorkerRequest>) => handle(e.data);

/*
 * The engine worker: review + input hashes off the page's main thread (webpack 5 bundles this file as its own chunk,
 * from `new Worker(new URL('./engine.worker.ts', import.meta.url))` in startWorkerEngine.ts). Office.js is never
 * touched here: the pane reads the workbook on the main thread and posts the snapshot.
 */
import { handleEngineRequest, type EngineRequest, type EngineResponse } from '../services/engineProtocol';

/** The worker's global scope, typed by hand (tsconfig's lib is DOM, not WebWorker). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
};

scope.onmessage = (event) => {
  void handleEngineRequest(event.data).then((response) => scope.postMessage(response));
};

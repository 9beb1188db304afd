/**
 * Worker-thread entry of a batch review: reviews the files the main thread sends, one at a time, and posts
 * each outcome back. exceljs parsing is CPU-bound, so separate threads give real parallelism.
 */
import { parentPort } from 'worker_threads';
import { reviewOne, type BatchTask } from './reviewOne';

parentPort?.on('message', (task: BatchTask) => {
  void reviewOne(task).then((outcome) => parentPort?.postMessage(outcome));
});

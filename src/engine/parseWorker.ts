import { workerData } from 'node:worker_threads';
import { fileRoot } from '../files/fileRoot.js';
import { loadCandidate, toPortableLoaded } from './loadCandidate.js';
import type { PoolAnswer, PoolJob, PoolRequest } from './parsePool.js';

/** A worker of the parse pool (parsePool.ts): loads each batch it is handed and posts back the parser's results. */
const job = workerData as PoolJob;
const root = fileRoot(job.root);
job.port.on('message', ({ id, indexes }: PoolRequest) => {
  const loaded = indexes.map((index) => toPortableLoaded(loadCandidate(root, job.candidates[index], job.limits)));
  const answer: PoolAnswer = { id, loaded };
  job.port.postMessage(answer);
});

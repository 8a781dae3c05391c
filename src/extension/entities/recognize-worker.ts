/**
 * Worker thread that recognises entities in whole documents too large to analyse in the extension
 * host without stalling it (hovers, claims and other extensions share that thread). Loads the model
 * once; answers one request at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseArticle } from '../../core/article/parse-article';
import { recognize } from '../../core/entities/recognize';
import type { Entity } from '../../core/model/types';
import { loadDefaultTagger, type SharedModelData } from '../../core/ner/default-tagger';
import type { Tagger } from '../../core/ner/index';

/** A request: the document's text and name. */
export interface RecognizeRequest {
  id: number;
  text: string;
  fileName: string;
}

/** The answer: the entities (before corrections), or why there are none. */
export type RecognizeReply = { id: number; entities: Entity[] } | { id: number; error: string };

let tagger: Tagger | undefined;

parentPort?.on('message', (request: RecognizeRequest) => {
  let reply: RecognizeReply;
  try {
    tagger ??= loadDefaultTagger(workerData as SharedModelData | undefined);
    reply = { id: request.id, entities: recognize(parseArticle(request.text, request.fileName), { tagger }) };
  } catch (error) {
    reply = { id: request.id, error: (error as Error).message };
  }
  parentPort?.postMessage(reply);
});

import type { CliCommand } from '../command';
import { annotationsCommand } from './annotations';
import { entitiesCommand } from './entities';
import { exportCommand } from './export';
import { indexCommand } from './index-command';
import { infoCommand } from './info';
import { reanchorCommand } from './reanchor';
import { validateCommand } from './validate';

/** Every sub-command, in the order `byline --help` lists them. */
export const commands: CliCommand[] = [infoCommand, entitiesCommand, indexCommand, annotationsCommand, reanchorCommand, validateCommand, exportCommand];

import type { CliCommand } from '../command';
import { entitiesCommand } from './entities';
import { indexCommand } from './index-command';
import { infoCommand } from './info';

/** Every sub-command, in the order `byline --help` lists them. */
export const commands: CliCommand[] = [infoCommand, entitiesCommand, indexCommand];

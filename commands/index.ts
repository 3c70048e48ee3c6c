import { commandSchema, type Command } from '../src/command.js';
import { factcheckCommand } from './factcheck.js';
import { quoteCommand } from './quote.js';
import { sourceCommand } from './source.js';
import { sourcesCommand } from './sources.js';
import { timelineCommand } from './timeline.js';

/** Every slash command, checked against the module schema so a malformed one fails at start-up, not on first use. */
export const commands: readonly Command[] = [
  timelineCommand,
  quoteCommand,
  factcheckCommand,
  sourcesCommand,
  sourceCommand,
].map((c) => {
  commandSchema.parse(c);
  return c;
});

export const commandByName = new Map(commands.map((c) => [c.data.name, c]));

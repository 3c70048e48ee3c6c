import { pino } from 'pino';
import { installProcessHandlers } from '../../src/discord/process.js';

// A process with the bot's handlers that meets a stray rejection and a stray exception, then says it is still alive.
installProcessHandlers(pino(), async () => undefined);
void Promise.reject(new Error('stray rejection'));
setTimeout(() => {
  throw new Error('stray exception');
}, 10);
setTimeout(() => {
  console.log(JSON.stringify({ msg: 'still alive' }));
  process.exit(0);
}, 200);

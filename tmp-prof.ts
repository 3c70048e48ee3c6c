import { generateCorpus } from './bench/generate.js';
import { loadIndex } from './src/app.js';
const dir = generateCorpus(2000);
const t = performance.now();
loadIndex(dir);
console.log('build', Math.round(performance.now() - t));

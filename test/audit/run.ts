import { parseArgs } from 'node:util';
import { loadIndex } from '../../src/app.js';
import { audit } from './checks.js';
import { defaultStories, storyName } from './stories.js';
import { auditFailures, auditTable, checkLegend } from './table.js';

// `npm run audit -- [--data DIR]… [--json] [--failures]`: the reader's checks on every story, one table.

const { values } = parseArgs({
  options: {
    data: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
    failures: { type: 'boolean', default: false },
  },
});

const stories = (values.data?.length ? values.data : defaultStories()).map((dir) => {
  const index = loadIndex(dir);
  return { name: storyName(dir), dir, articles: index.articles.length, result: audit(index) };
});

if (values.json) {
  console.log(JSON.stringify(stories, null, 2));
} else {
  if (values.failures) console.log(auditFailures(stories).join('\n'));
  else
    console.log(
      ['Each check counts what passes of what it looked at (--failures lists the rest):', ...checkLegend(), ''].join(
        '\n',
      ),
    );
  console.log(auditTable(stories).join('\n'));
}

import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { z } from 'zod';
import { parseOptions, type Command } from '../src/command.js';
import { factCheck } from '../src/factcheck/check.js';
import { explain, factcheckItems, renderFactcheckItem, verdictHeader } from '../src/render/factcheck.js';
import { toClaimReview } from '../src/factcheck/review.js';
import { t } from '../src/render/i18n.js';
import { pagedReply } from '../src/render/page.js';
import { factcheckPicture } from '../src/render/picture.js';
import { COLOURS } from '../src/render/reply.js';

const CLAIM_MAX = 200;

const options = z.object({ claim: z.string().trim().min(1).max(CLAIM_MAX) });

export const factcheckCommand = {
  data: {
    name: 'factcheck',
    description: 'What the sources say about a number or a statement, and whether they agree',
    description_localizations: { de: 'Was die Quellen zu einer Zahl oder Aussage sagen und ob sie übereinstimmen' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'claim',
        name_localizations: { de: 'behauptung' },
        description: 'A number (97.4, 97,4 Mrd, 250 Millionen) or a statement from the articles',
        description_localizations: { de: 'Eine Zahl (97,4, 97,4 Mrd, 250 Millionen) oder ein Satz' },
        required: true,
        max_length: CLAIM_MAX,
      },
    ],
  },
  pageOptions: ['claim'],
  run(raw, ctx, page) {
    const { claim } = parseOptions(options, raw);
    const check = factCheck(ctx.index, claim);
    const articles = ctx.index.articleById;
    const reply = pagedReply({
      title: t(ctx.lang).factcheckTitle,
      header: verdictHeader(check, ctx.lang),
      ...(() => {
        const items = factcheckItems(check);
        return {
          total: items.length,
          item: (i: number, max: number) => renderFactcheckItem(items[i]!, articles, ctx.lang, max),
        };
      })(),
      empty: '',
      colour: COLOURS[check.verdict],
      perPage: 8,
      page,
      lang: ctx.lang,
      state: { command: 'factcheck', user: ctx.userId, values: [claim] },
    });
    // What each source gives, as bars beside the claimed value: a disagreement seen at a glance.
    const picture = factcheckPicture(check, articles, ctx.lang);
    return picture ? { ...reply, picture } : reply;
  },
  record(raw, ctx) {
    const { claim } = parseOptions(options, raw);
    const check = factCheck(ctx.index, claim);
    return toClaimReview(
      check,
      ctx.index,
      t(ctx.lang).verdict[check.verdict],
      explain(check, ctx.lang).replace(/\\([\\*_~`|>#[\]-])/g, '$1'),
    );
  },
} satisfies Command;

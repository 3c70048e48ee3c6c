import type { APIEmbed } from 'discord-api-types/v10';

/** Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedsTotal: 6000,
  embeds: 10,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  components: 5,
  buttonLabel: 80,
} as const;

/** The characters Discord counts towards the 6,000 total of one embed. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Every way a message breaks Discord's limits; empty when it is fine. `EmbedBuilder` does not check the total. */
export function limitViolations(embeds: APIEmbed[]): string[] {
  const problems: string[] = [];
  if (embeds.length > LIMITS.embeds) problems.push(`${embeds.length} embeds > ${LIMITS.embeds}`);
  const total = embeds.reduce((n, e) => n + embedLength(e), 0);
  if (total > LIMITS.embedsTotal) problems.push(`${total} characters across embeds > ${LIMITS.embedsTotal}`);
  embeds.forEach((e, i) => {
    const check = (what: string, length: number | undefined, max: number) => {
      if ((length ?? 0) > max) problems.push(`embed ${i} ${what} ${length} > ${max}`);
    };
    check('title', e.title?.length, LIMITS.title);
    check('description', e.description?.length, LIMITS.description);
    check('footer', e.footer?.text.length, LIMITS.footer);
    check('author', e.author?.name.length, LIMITS.author);
    check('field count', e.fields?.length, LIMITS.fields);
    e.fields?.forEach((f, j) => {
      check(`field ${j} name`, f.name.length, LIMITS.fieldName);
      check(`field ${j} value`, f.value.length, LIMITS.fieldValue);
      if (f.name.trim() === '' || f.value.trim() === '') problems.push(`embed ${i} field ${j} is empty`);
    });
  });
  return problems;
}

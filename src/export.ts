import { removedByArticle, type CorpusIndex } from './index/build.js';

/**
 * The documented export format (see README, "What the bot extracted"): every item with its citation,
 * where `citation.text` equals the article body from `start` to `end`.
 */
export function exportIndex(index: CorpusIndex) {
  const removed = removedByArticle(index);
  return {
    articles: index.articles.map((a) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      language: a.language,
      url: a.url,
      file: a.file,
      stats: index.stats.get(a.id),
      removed: removed[a.id] ?? [],
    })),
    skipped: index.skipped,
    quotes: index.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      partial: q.partial,
      citation: q.citation,
      intro: q.intro,
    })),
    terms: index.terms,
    events: index.events.map((e) => ({
      date: e.date,
      dateText: e.dateText,
      kind: e.kind,
      summary: e.summary,
      people: e.people,
      citations: e.citations,
    })),
    figures: index.figures.map((f) => ({
      value: f.value,
      unit: f.unit,
      original: f.original,
      approximate: f.approximate,
      subject: f.subject,
      about: f.about,
      ...(f.slip ? { slip: f.slip } : {}),
      citation: f.citation,
    })),
  };
}

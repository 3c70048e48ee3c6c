import { unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { addSentFile, addUrl, type Added } from '../add.js';
import type { Library } from '../command.js';
import type { LibraryOutcome, SentFile } from '../corpus/addition.js';
import { articleFingerprint, loadArticles } from '../corpus/load.js';
import type { Article } from '../corpus/types.js';
import type { FetchOptions } from '../fetch-page.js';
import type { CorpusIndex } from '../index/build.js';
import type { Limiter } from './cooldown.js';
import { rebuildOffThread } from './rebuild.js';

/**
 * Each server its own story. The operator's articles (`DATA_DIR/articles`) are everyone's; a server's moderators add
 * articles of their own (`/source add`), kept in `DATA_DIR/servers/<server id>/articles/` as the same files an
 * operator writes. A server that has some answers from an index of both, read together (who the articles name, what
 * they report, is learned across all of them); another server never sees them.
 *
 * Replicas of the HTTP endpoint share the data folder: each looks at a server's folder when the server asks (at most
 * once a second) and reads it again when its files changed, whoever changed them. A change made here is read before
 * its reply goes out.
 */
export interface Story {
  index: CorpusIndex;
  /** The articles the server added itself. */
  own: readonly Article[];
}

export interface ServerStories {
  /**
   * The story a server's answer comes from. `pending` when the server's articles changed since they were last read
   * (or were never read here): the answer should wait for it, deferring first.
   */
  storyOf(serverId: string | null | undefined): Story & { pending?: Promise<Story> };
  /** Adds to and removes from a server's own articles. */
  libraryOf(serverId: string): Library;
}

export interface ServerStoriesOptions {
  dataDir: string;
  /** The operator's index in service now. */
  operator: () => CorpusIndex;
  logger: Logger;
  /** Additions per server (`ADD_LIMIT`): every attempt counts, since each may fetch a page. */
  additions: Limiter;
  /** How many threads read a story (`READ_THREADS`). */
  threads?: number | undefined;
  /** Only tests set it: an address they serve pages on (see `testFetching`). */
  fetching?: FetchOptions;
  /**
   * How many servers' stories stay read at once, and how many sentences they may hold together (each holds the
   * operator's articles too); past either, the one asked least recently is let go (and read again when next asked).
   */
  keep?: { stories: number; sentences: number };
}

/** Where under the data folder the servers' own articles are kept, one folder per server id. */
export const SERVERS_FOLDER = 'servers';
/** A server id as Discord writes it: nothing else ever names a folder. */
const SERVER_ID = /^\d{17,20}$/;
/** How often a server's folder is looked at for changes made elsewhere (another replica). */
const LOOK_EVERY_MS = 1_000;
/** Servers remembered as having added nothing, at most (each is looked at again within a second anyway). */
const FORGET_ABOVE = 10_000;
/**
 * Kept: 50 stories, and 400,000 sentences between them (about 560 MB, reckoned from a 5,000-article index: 200,000
 * sentences in a process of 360 MB), so a large operator's corpus keeps two servers' stories read rather than fifty.
 */
export const KEEP_STORIES = { stories: 50, sentences: 400_000 };

interface Read extends Story {
  /** What the server's folder held when it was read (see `articleFingerprint`). */
  stamp: string;
  /** The operator's index it was read with. */
  base: CorpusIndex;
  lookedAt: number;
}

export function serverStories(options: ServerStoriesOptions): ServerStories {
  const shelf = new StoryShelf(options);
  return { storyOf: (id) => shelf.storyOf(id), libraryOf: (id) => shelf.libraryOf(id) };
}

class StoryShelf {
  private readonly read = new Map<string, Read>();
  private readonly reading = new Map<string, { stamp: string; base: CorpusIndex; done: Promise<Story> }>();
  /** When each server that has added nothing was last looked at. */
  private readonly nothing = new Map<string, number>();
  /** One change of a server's articles at a time in this process, each read into its story before the next. */
  private readonly changes = new Map<string, Promise<unknown>>();

  constructor(private readonly options: ServerStoriesOptions) {}

  storyOf(id: string | null | undefined): Story & { pending?: Promise<Story> } {
    const base = this.options.operator();
    if (!id || !SERVER_ID.test(id)) return { index: base, own: [] };
    const known = this.read.get(id);
    const now = Date.now();
    if (known && known.base === base && now - known.lookedAt < LOOK_EVERY_MS) return known;
    // Most servers add nothing: their folder is looked for once a second, not at every answer.
    if (!known && now - (this.nothing.get(id) ?? -Infinity) < LOOK_EVERY_MS) return { index: base, own: [] };
    const stamp = this.stampOf(id);
    if (stamp === '') {
      this.read.delete(id);
      this.sawNothing(id, now);
      return { index: base, own: [] };
    }
    this.nothing.delete(id);
    if (known && known.stamp === stamp) {
      known.lookedAt = now;
      // Used now: the last to be let go.
      this.read.delete(id);
      this.read.set(id, known);
      // Only the operator's articles changed: this answer comes from the story as it was, the next from the new one.
      if (known.base !== base) void this.readStory(id, stamp).catch(() => undefined);
      return known;
    }
    const pending = this.readStory(id, stamp);
    return { index: known?.index ?? base, own: known?.own ?? [], pending };
  }

  libraryOf(id: string): Library {
    return {
      add: async (from) => {
        if (!SERVER_ID.test(id)) return { refused: 'not a server', why: 'write' };
        const waitMs = await this.options.additions.take(id);
        if (waitMs > 0) return { refused: 'too many additions', why: 'limit', waitMs };
        return this.inTurn(id, () => this.add(id, from));
      },
      remove: async (articleId) => {
        if (!SERVER_ID.test(id)) return { refused: 'not a server', why: 'missing' };
        return this.inTurn(id, () => this.remove(id, articleId));
      },
    };
  }

  private async add(id: string, from: { url: string } | { file: SentFile }): Promise<LibraryOutcome> {
    const { operator, fetching, logger } = this.options;
    const adding = { beside: operator().articles, ...(fetching ? { fetching } : {}) };
    const folder = this.folderOf(id);
    const added: Added =
      'url' in from ? await addUrl(folder, from.url, adding) : await addSentFile(folder, from.file, adding);
    if ('why' in added) {
      const fields = { server: id, why: added.why, reason: added.refused };
      // A page that cannot be read is the member's business; a folder that cannot be written is the operator's.
      if (added.why === 'write') logger.warn(fields, 'an article could not be written');
      else logger.info(fields, 'an article was not added');
      return added;
    }
    const story = await this.readStory(id, this.stampOf(id));
    const { id: articleId, title, outlet, published } = added.added;
    const stats = story.index.stats.get(articleId);
    const url = story.own.find((a) => a.id === articleId)?.url ?? null;
    logger.info({ server: id, article: articleId }, 'an article was added');
    return {
      done: 'added',
      article: { id: articleId, title, outlet, published, url },
      yields: stats ? { events: stats.events, quotes: stats.quotes, figures: stats.figures } : null,
    };
  }

  private async remove(id: string, articleId: string): Promise<LibraryOutcome> {
    const article = this.ownArticles(id).find((a) => a.id === articleId);
    if (!article) return { refused: `this server has no article ${articleId}`, why: 'missing' };
    try {
      unlinkSync(join(this.folderOf(id), 'articles', article.file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Removed already, by another replica: what was asked is so.
      if (code !== 'ENOENT') return { refused: `cannot remove ${article.file}: ${code}`, why: 'write' };
    }
    const stamp = this.stampOf(id);
    // Its last article gone, the server answers from the operator's story alone (see `storyOf`).
    if (stamp === '') this.read.delete(id);
    else await this.readStory(id, stamp);
    this.options.logger.info({ server: id, article: articleId }, 'an article was removed');
    return { done: 'removed', article: { id: articleId, title: article.title } };
  }

  /** Reads the server's story (the operator's articles and its own) on a thread; one reading per server at a time. */
  private readStory(id: string, stamp: string): Promise<Story> {
    const base = this.options.operator();
    const running = this.reading.get(id);
    if (running && running.stamp === stamp && running.base === base) return running.done;
    const after = running?.done.catch(() => undefined) ?? Promise.resolve();
    const done = after.then(() => this.readNow(id, stamp, base));
    const entry = { stamp, base, done };
    this.reading.set(id, entry);
    void done
      .catch((error: unknown) =>
        this.options.logger.error({ err: error, server: id }, "could not read a server's story"),
      )
      .finally(() => {
        if (this.reading.get(id) === entry) this.reading.delete(id);
      });
    return done;
  }

  private async readNow(id: string, stamp: string, base: CorpusIndex): Promise<Story> {
    const { dataDir, threads, logger } = this.options;
    const { index } = await rebuildOffThread(dataDir, base, null, threads, this.folderOf(id));
    const own = this.ownArticles(id);
    this.read.delete(id);
    this.read.set(id, { index, own, stamp, base, lookedAt: Date.now() });
    this.letGo(id);
    logger.info({ server: id, own: own.length, articles: index.articles.length }, "a server's story read");
    return { index, own };
  }

  private sawNothing(id: string, now: number): void {
    this.nothing.delete(id);
    this.nothing.set(id, now);
    // Servers that went quiet are forgotten, oldest first, so the map stays the size of the active ones.
    for (const [old, at] of this.nothing) {
      if (this.nothing.size <= FORGET_ABOVE && now - at < LOOK_EVERY_MS) break;
      this.nothing.delete(old);
    }
  }

  /** The stories asked least recently let go until what stays is within `keep`; the one just read always stays. */
  private letGo(kept: string): void {
    const keep = this.options.keep ?? KEEP_STORIES;
    let sentences = 0;
    for (const story of this.read.values()) sentences += story.index.sentenceCount;
    for (const [id, story] of this.read) {
      if (this.read.size <= keep.stories && sentences <= keep.sentences) break;
      if (id === kept) continue;
      this.read.delete(id);
      sentences -= story.index.sentenceCount;
    }
  }

  private inTurn<T>(id: string, change: () => Promise<T>): Promise<T> {
    const next = (this.changes.get(id) ?? Promise.resolve()).catch(() => undefined).then(change);
    this.changes.set(id, next);
    void next
      .finally(() => {
        if (this.changes.get(id) === next) this.changes.delete(id);
      })
      .catch(() => undefined);
    return next;
  }

  private folderOf(id: string): string {
    return join(this.options.dataDir, SERVERS_FOLDER, id);
  }

  /** What the server's folder holds now (see `articleFingerprint`); empty when it has added nothing. */
  private stampOf(id: string): string {
    try {
      return articleFingerprint(join(this.folderOf(id), 'articles'), this.folderOf(id)).join('\n');
    } catch {
      return '';
    }
  }

  private ownArticles(id: string): Article[] {
    try {
      return loadArticles(join(this.folderOf(id), 'articles'), this.folderOf(id)).articles;
    } catch {
      return [];
    }
  }
}

/**
 * Why an article was not added, by kind: a moderator is told the kind in their own language, with the detail (in
 * English, as the operator's console and the log say it) beside it.
 * - `address`: no web address, or one the bot may not fetch from (not public, with a password, not found);
 * - `unreachable`: the page did not answer as a page should (an error status, too slow, cut off, too many redirects);
 * - `type`: neither a web page nor text;
 * - `size`: larger than a page may be;
 * - `text`: no article text to read (a teaser, a list of links, no title, no language);
 * - `duplicate`: the story already holds it;
 * - `write`: it could not be kept on disk;
 * - `limit`: the server has added as many as it may for now;
 * - `missing`: no such article to remove.
 */
export type RefusalKind =
  'address' | 'unreachable' | 'type' | 'size' | 'text' | 'duplicate' | 'write' | 'limit' | 'missing';

export interface Refusal {
  refused: string;
  why: RefusalKind;
  /** For `limit`: how long until the next one may be added. */
  waitMs?: number;
}

/** A file a member sent with a command (a Discord attachment): its name says what it is; it is fetched as a page is. */
export interface SentFile {
  url: string;
  name: string;
  /** Its size as the sender states it, checked before fetching; the fetch measures again. */
  size: number;
}

/** What a page yields once read into the story, as `/sources` counts it. */
export interface Yield {
  events: number;
  quotes: number;
  figures: number;
}

/** A server's articles changed (`/source add`, `/source remove`), or why not. */
export type LibraryOutcome =
  | {
      done: 'added';
      article: { id: string; title: string; outlet: string | null; published: string | null; url: string | null };
      /** Null when the story skips it after all (a problem the operator's check would list). */
      yields: Yield | null;
    }
  | { done: 'removed'; article: { id: string; title: string } }
  | Refusal;

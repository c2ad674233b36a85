import { randomBytes } from "node:crypto";

/**
 * The compiled path's answer as the database wrote it: PostgreSQL builds the JSON, so parsing it
 * into objects only for Apollo to serialise them again costs server time and, for a list page of
 * a few hundred kilobytes, most of the garbage the request makes. Apollo's pipeline still runs
 * (limits, cost report, errors); it serialises a marker where the answer belongs, and the HTTP
 * handler splices the database's text in its place.
 *
 * The marker carries a per-process random part, so no stored value (a subject line, a note) can
 * be mistaken for it. One answer per request: one root's value, or the whole `data` of several roots read together.
 */
export class RawAnswer {
  private static readonly marker = `raw-answer:${randomBytes(16).toString("hex")}`;
  private static readonly quoted = JSON.stringify(RawAnswer.marker);
  private text: string | undefined;

  /** Keeps the JSON text and returns what Apollo should serialise in its place. */
  hold(json: string): string {
    this.text = json;
    return RawAnswer.marker;
  }

  /**
   * The serialised response with the held text in place of the marker. When a plugin replaced the
   * answer (an audit failure, an outage) the marker is gone and the body is Apollo's as it is.
   */
  splice(body: string): string {
    if (this.text === undefined) return body;
    const at = body.indexOf(RawAnswer.quoted);
    if (at < 0) return body;
    return body.slice(0, at) + this.text + body.slice(at + RawAnswer.quoted.length);
  }
}

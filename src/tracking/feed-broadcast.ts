import { createSourceEventStream, execute, getOperationAST, Kind, print, subscribe, type ExecutionArgs, type ExecutionResult, type OperationDefinitionNode } from "graphql";
import { scopeKey } from "../auth/principal.js";
import { feedItems, FeedTicket } from "./feed-stream.js";

/** A subscription whose only root field is deliveryFeed: the one that may be shared. */
function isFeedOperation(operation: OperationDefinitionNode | null | undefined): boolean {
  if (operation?.operation !== "subscription") return false;
  const [field, ...rest] = operation.selectionSet.selections;
  return rest.length === 0 && field?.kind === Kind.FIELD && field.name.value === "deliveryFeed" && !field.directives?.length;
}

/**
 * graphql builds results from null-prototype objects, which V8 keeps as dictionaries and
 * JSON.stringify walks slowly; the result is serialised once per subscriber, so it is rebuilt
 * once as ordinary objects. Errors stay GraphQLErrors for the error formatter.
 */
function plain(result: ExecutionResult): ExecutionResult {
  return result.data ? { ...result, data: JSON.parse(JSON.stringify(result.data)) as ExecutionResult["data"] } : result;
}

interface Member {
  send(result: ExecutionResult): void;
  fail(error: unknown): void;
}

type Done = IteratorResult<ExecutionResult>;

/**
 * One subscriber's results, queued until graphql-ws asks for the next: a slow socket waits for its
 * own turn without holding up the others. It joins its group when first read and leaves it when
 * graphql-ws returns it (the client completed or went away), so it never holds a group open.
 */
class MemberStream implements AsyncIterableIterator<ExecutionResult>, Member {
  private readonly queued: ExecutionResult[] = [];
  private waiting: { resolve(result: Done): void; reject(error: unknown): void } | null = null;
  private failure: { error: unknown } | null = null;
  private state: "new" | "joined" | "done" = "new";

  constructor(
    private readonly join: (member: Member) => void,
    private readonly leave: (member: Member) => void,
  ) {}

  send(result: ExecutionResult): void {
    const waiting = this.waiting;
    if (!waiting) {
      this.queued.push(result);
      return;
    }
    this.waiting = null;
    waiting.resolve({ value: result, done: false });
  }

  fail(error: unknown): void {
    if (this.state === "done") return;
    this.finish();
    const waiting = this.waiting;
    if (!waiting) {
      this.failure = { error };
      return;
    }
    this.waiting = null;
    waiting.reject(error);
  }

  next(): Promise<Done> {
    if (this.state === "new") {
      this.state = "joined";
      this.join(this);
    }
    const value = this.queued.shift();
    if (value) return Promise.resolve({ value, done: false });
    const failure = this.failure;
    this.failure = null;
    if (failure) return Promise.reject(failure.error);
    if (this.state === "done") return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  return(): Promise<Done> {
    this.finish();
    this.queued.length = 0;
    this.waiting?.resolve({ value: undefined, done: true });
    this.waiting = null;
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<Done> {
    this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): void {
    if (this.state === "joined") this.leave(this);
    this.state = "done";
  }
}

/**
 * Feed subscribers with the same operation, variables and scope: every event gives them the same
 * result, so it is checked (scope, filter) and executed once, and the one result is handed to each.
 */
class FeedGroup {
  private readonly members = new Set<Member>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly args: ExecutionArgs,
    ticket: FeedTicket,
    private readonly onEmpty: () => void,
  ) {
    this.unsubscribe = feedItems(
      ticket,
      async (item) => {
        if (this.members.size === 0) return;
        // As graphql's own subscribe does per subscriber: the event is the root value.
        const result = plain(await execute({ ...this.args, rootValue: item.update }));
        for (const member of this.members) member.send(result);
      },
      (error) => {
        for (const member of this.members) member.fail(error);
      },
    );
  }

  add(member: Member): void {
    this.members.add(member);
  }

  remove(member: Member): void {
    this.members.delete(member);
    if (this.members.size === 0) {
      this.unsubscribe();
      this.onEmpty();
    }
  }
}

/**
 * graphql-ws's `subscribe`: deliveryFeed subscriptions join the group of those that get the same
 * results; every other subscription is graphql's own. The feed's resolver still runs for each
 * subscriber (arguments, validation, errors), and each group still checks scope per event: the
 * group key holds the scope, so the check answers the same for all its members.
 */
export function createFeedBroadcast() {
  const groups = new Map<string, FeedGroup>();
  return async (args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> => {
    if (!isFeedOperation(getOperationAST(args.document, args.operationName))) return subscribe(args);
    const stream = await createSourceEventStream(args);
    if (!(stream instanceof FeedTicket)) {
      if (Symbol.asyncIterator in stream) throw new Error("deliveryFeed must return a FeedTicket");
      return stream;
    }
    const key = [scopeKey(stream.principal), args.operationName ?? "", JSON.stringify(args.variableValues ?? {}), args.document.loc?.source.body ?? print(args.document)].join("\n");
    let group: FeedGroup | undefined;
    return new MemberStream(
      (member) => {
        group = groups.get(key);
        if (!group) {
          group = new FeedGroup(args, stream, () => groups.delete(key));
          groups.set(key, group);
        }
        group.add(member);
      },
      (member) => group!.remove(member),
    );
  };
}

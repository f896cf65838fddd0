/**
 * Whether two pieces of code may run in another order (or at the same time): the data they share
 * (bindings one writes and the other reads, also through local functions they call), the state of
 * a receiver one calls a method on and the other reads, and the effects their names announce
 * (`insert`, `send`, `sleep`, `lock`, `commit`…). Shared by the await transform (independent awaits
 * run concurrently) and the N+1 transform (independent iterations run as one batch).
 */
import { isCall, isFunctionNode, isMember, staticPropertyName, unwrap, walk, type AnyNode, type NodePath } from './ast';
import { describe } from './mutation';
import { bindingScope, memberRoot, readsWrites } from './scope';

/** Words in a callee or receiver name that announce an effect whose order matters. */
const ORDERING_WORDS = new Set([
  'write', 'writes', 'save', 'store', 'put', 'post', 'patch', 'update', 'upsert', 'insert', 'create', 'add', 'set',
  'push', 'append', 'prepend', 'enqueue', 'dequeue', 'pop', 'shift', 'unshift', 'send', 'emit', 'publish', 'notify',
  'dispatch', 'broadcast', 'reply', 'respond', 'delete', 'del', 'remove', 'destroy', 'drop', 'truncate', 'clear',
  'reset', 'purge', 'unlink', 'rm', 'rmdir', 'mkdir', 'rename', 'copy', 'move', 'mv', 'sleep', 'delay', 'wait',
  'pause', 'timeout', 'throttle', 'debounce', 'limit', 'limiter', 'lock', 'unlock', 'acquire', 'release', 'mutex',
  'semaphore', 'commit', 'rollback', 'begin', 'transaction', 'trx', 'tx', 'savepoint', 'retry', 'retries', 'log',
  'logger', 'audit', 'flush', 'close', 'open', 'connect', 'disconnect', 'init', 'initialize', 'setup', 'start',
  'stop', 'kill', 'exec', 'execute', 'run', 'spawn', 'increment', 'incr', 'inc', 'decrement', 'decr', 'login',
  'logout', 'register', 'migrate', 'seed', 'upload', 'charge', 'pay', 'refund', 'transfer', 'queue', 'socket',
  'stream', 'writer', 'mailer', 'mail', 'emitter', 'bus', 'channel', 'console', 'process', 'track', 'record',
  'connection', 'conn', 'session', 'link', 'before', 'after', 'hook', 'hooks', 'populate', 'goto', 'click', 'press',
  'navigate', 'submit', 'raw', 'sql', 'invoke', 'schedule', 'listen', 'serve', 'bind',
  'mount', 'install', 'build', 'compile', 'deploy', 'generate', 'refresh', 'reload', 'rotate', 'renew', 'approve',
  'reject', 'cancel', 'abort', 'finish', 'complete', 'end', 'ack', 'nack', 'confirm', 'grant', 'revoke', 'assign', 'lease', 'claim', 'reserve',
  'mark', 'apply', 'enable', 'disable', 'invalidate', 'evict', 'expire', 'touch', 'persist', 'sync', 'next',
]);

/** Splits `fetchUserById`, `get_user`, `HTTPClient` into lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+|(?<=[A-Za-z])(?=[0-9])/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

export interface CallFacts {
  node: AnyNode;
  /** `db.users.find` -> `db.users.find`; for messages. */
  callee: string;
  /** The receiver of a method call as written (`db.users`), null for a plain function call. */
  receiver: string | null;
  /** Why the call's order matters (its name says so), or null. */
  orderingWord: string | null;
}

/** The callee and receiver of a call (`await` and TS wrappers removed), and whether its name announces an ordered effect. */
export function callFacts(node: AnyNode): CallFacts {
  const call = unwrap(node);
  const callee = unwrap(call.type === 'NewExpression' ? call.callee : call.callee);
  const receiver = isMember(callee) ? describe(callee.object) : null;
  const calleeText = describe(callee);
  const names = calleeText.split('.').map((part) => part.replace(/\(\)$|\[…\]$/g, '')).filter((part) => part !== 'this' && part !== '');
  let orderingWord: string | null = null;
  // The method's own name first, then its receivers from the nearest outwards.
  [...names].reverse().forEach((part, i) => {
    const word = orderingWord ? undefined : nameWords(part).find((w) => ORDERING_WORDS.has(w));
    if (word) orderingWord = i === 0 ? `its name contains "${word}"` : `its receiver ${part} contains "${word}"`;
  });
  return { node: call, callee: calleeText, receiver, orderingWord };
}

/** Every call in `node` (nested functions excluded: they run later, if at all). */
export function callsIn(node: AnyNode): AnyNode[] {
  const calls: AnyNode[] = [];
  walk(node, (n) => {
    if (isFunctionNode(n)) return false;
    if (isCall(n) || n.type === 'NewExpression') calls.push(n);
    return true;
  });
  return calls;
}

/**
 * Receivers of ordering-sensitive calls anywhere in `region` (nested functions included): any call
 * on one of them is ordering-sensitive too (`db.insert(x)` makes `db.count()` one).
 */
export function orderingReceivers(region: AnyNode): Map<string, string> {
  const receivers = new Map<string, string>();
  walk(region, (n) => {
    if (isCall(n)) {
      const facts = callFacts(n);
      if (facts.orderingWord && facts.receiver && !receivers.has(facts.receiver)) receivers.set(facts.receiver, facts.orderingWord);
    }
    return true;
  });
  return receivers;
}

/** Words of calls that open or close a critical section: a lock held, a transaction open. */
const CRITICAL_WORDS = new Set(['lock', 'unlock', 'acquire', 'release', 'mutex', 'semaphore', 'begin', 'commit', 'rollback', 'transaction', 'savepoint']);

const LOCK_RECEIVERS = new Set(['lock', 'mutex', 'semaphore', 'trx', 'tx', 'transaction']);

/** The first call in `region` that holds a lock or opens a transaction (its text), or null: awaits around it keep their order. */
export function criticalSection(region: AnyNode): string | null {
  let found: string | null = null;
  walk(region, (n) => {
    if (found) return false;
    if (isCall(n)) {
      const callee = describe(unwrap(n.callee));
      const parts = callee.split('.').map((part) => part.replace(/\(\)$|\[…\]$/g, ''));
      const method = nameWords(parts[parts.length - 1]);
      // `lock.acquire()`, `db.beginTransaction()`, `mutex.release()`: the method starts with the word, or a receiver is a lock.
      const receiverIsLock = parts.slice(0, -1).some((part) => nameWords(part).some((w) => LOCK_RECEIVERS.has(w)));
      if ((method.length > 0 && CRITICAL_WORDS.has(method[0])) || receiverIsLock) found = `${callee}()`;
    }
    return !found;
  });
  return found;
}

/** Why `call` must keep its place among other awaited calls (its name, or its receiver's other calls), or null. */
/** Method names that run a statement of a query language: a write unless the text says it reads. */
const QUERY_METHODS = new Set(['query', 'queryRaw', 'execute', 'exec', 'run', 'raw', 'sql', 'unsafe']);
const READ_QUERY = /^\s*(select|with|show|explain|describe|pragma\s+\w+\s*$)\b/i;

/** Words in an argument's name that hand the callee a transaction, a connection or a lock. */
const HANDLE_WORDS = new Set(['trx', 'tx', 'transaction', 'conn', 'connection', 'session', 'lock', 'mutex', 'semaphore', 'client', 'socket', 'stream', 'writer', 'queue']);

function literalText(node: AnyNode): string | null {
  const n = unwrap(node);
  if (n?.type === 'StringLiteral' || (n?.type === 'Literal' && typeof n.value === 'string')) return n.value;
  if (n?.type === 'TemplateLiteral') return n.quasis.map((q: AnyNode) => q.value.cooked ?? q.value.raw).join('?');
  if (n?.type === 'TaggedTemplateExpression') return literalText(n.quasi);
  return null;
}

export function orderingReason(call: AnyNode, receivers: Map<string, string>, critical: string | null = null): string | null {
  if (critical) return `the function calls ${critical} (a lock or a transaction): its awaits keep their order`;
  const facts = callFacts(call);
  const node = unwrap(call);
  const callee = unwrap(node.callee);
  const method = isMember(callee) ? staticPropertyName(callee) : callee?.type === 'Identifier' ? callee.name : null;
  if (method && QUERY_METHODS.has(method)) {
    const text = node.arguments?.[0] ? literalText(node.arguments[0]) : null;
    if (text === null || !READ_QUERY.test(text)) return `${facts.callee}() runs a query that may write (its text does not start with SELECT)`;
  }
  // `fetch(url, { method: 'POST' })`, `request({ method: 'DELETE', … })`: a request that writes.
  for (const arg of node.arguments ?? []) {
    const options = unwrap(arg);
    if (options?.type !== 'ObjectExpression') continue;
    const methodProp = options.properties.find((p: AnyNode) => (p.type === 'ObjectProperty' || p.type === 'Property') && !p.computed && (p.key.name ?? p.key.value) === 'method');
    if (!methodProp) continue;
    const verb = literalText(methodProp.value);
    if (verb === null || !/^(get|head|options)$/i.test(verb)) return `${facts.callee}() sends a ${verb === null ? 'request whose method is not known' : `${verb.toUpperCase()} request`}, which may write`;
  }
  const handle = (node.arguments ?? []).map((a: AnyNode) => unwrap(a)).find((a: AnyNode) => a?.type === 'Identifier' && nameWords(a.name).some((w) => HANDLE_WORDS.has(w)));
  if (handle) return `${facts.callee}() receives ${handle.name} (a transaction, connection or lock): calls sharing it keep their order`;
  if (facts.orderingWord) return `${facts.callee}() may have effects whose order matters (${facts.orderingWord})`;
  if (facts.receiver) {
    for (const [receiver, word] of receivers) {
      // The same object, or one reached through it (`db` covers `db.users`; `this` covers only itself: its fields are other objects).
      if (facts.receiver === receiver || (receiver !== 'this' && facts.receiver.startsWith(`${receiver}.`))) {
        return `${facts.callee}() is on ${receiver}, which also has a call whose order matters (${word.replace(/^its /, 'that call\'s ')})`;
      }
    }
  }
  return null;
}

/** What a piece of code reads and writes, local functions it calls or passes included. */
export interface CodeFacts {
  reads: Set<string>;
  writes: Set<string>;
  /** Member chains read as values (`this.client` in `this.client.get()`), not the called method itself. */
  memberReads: string[];
  /** Receivers of the method calls it makes (`this`, `db.users`). */
  receivers: string[];
  /** Names written by the bodies of local functions it calls or passes (they may run at any time). */
  closureWrites: Set<string>;
  /** Names read by those bodies. */
  closureReads: Set<string>;
  /** Whether it suspends by itself (a nested `await` or `yield`). */
  suspends: boolean;
  /** `this.p` properties written / read by the methods of the enclosing class it calls on `this` (transitively). */
  thisWrites: Set<string>;
  thisReads: Set<string>;
  /** Local bindings holding objects (`const ctx = {}`) passed as arguments: the callee may change them. */
  objectArguments: Set<string>;
}

/** Names a function declares for itself (parameters, its own declarations): invisible to other code. */
function ownNames(fn: AnyNode): Set<string> {
  const names = new Set<string>();
  const visit = (p: AnyNode): void => {
    if (!p) return;
    if (p.type === 'Identifier') names.add(p.name);
    else if (p.type === 'ObjectPattern') p.properties.forEach((q: AnyNode) => visit(q.type === 'RestElement' ? q.argument : q.value));
    else if (p.type === 'ArrayPattern') p.elements.forEach(visit);
    else if (p.type === 'RestElement') visit(p.argument);
    else if (p.type === 'AssignmentPattern') visit(p.left);
    else if (p.type === 'TSParameterProperty') visit(p.parameter);
  };
  fn.params?.forEach(visit);
  walk(fn.body, (n) => {
    if (n.type === 'VariableDeclarator') visit(n.id);
    if ((n.type === 'FunctionDeclaration' || n.type === 'ClassDeclaration') && n.id) names.add(n.id.name);
    return !isFunctionNode(n) || n === fn.body;
  });
  return names;
}

/** What a function body reads and writes of the names around it. */
function outerEffects(fn: AnyNode): { reads: string[]; writes: string[] } {
  const own = ownNames(fn);
  const inner = readsWrites(fn.body);
  return {
    reads: [...inner.reads].filter((n) => !own.has(n)),
    writes: [...inner.writes, ...inner.memberWrites].filter((n) => !own.has(n)),
  };
}

/** The local function a name refers to (a declaration, or a const initialised with a function), or null. */
function localFunction(path: NodePath, name: string): AnyNode | null {
  const scope = bindingScope(path, name);
  const declaration = scope?.getBindings()[name]?.[0];
  const parent = declaration?.parent?.node;
  if (!parent) return null;
  if (isFunctionNode(parent) && parent.id?.name === name) return parent;
  if (parent.type === 'VariableDeclarator' && isFunctionNode(unwrap(parent.init))) return unwrap(parent.init);
  return null;
}

/**
 * The facts of `node` (found at `path`, for scope lookups). Local functions named in it (called,
 * or passed to a call) add what their bodies read and write, transitively, since they may run
 * while the other piece of code is in flight.
 */
export function codeFacts(path: NodePath, node: AnyNode): CodeFacts {
  const rw = readsWrites(node);
  const facts: CodeFacts = {
    reads: rw.reads, writes: rw.writes, memberReads: [], receivers: [], closureWrites: new Set(), closureReads: new Set(), suspends: false,
    thisWrites: new Set(), thisReads: new Set(), objectArguments: new Set(),
  };
  const call = unwrap(node);
  if (isCall(call)) {
    for (const arg of call.arguments) {
      const a = unwrap(arg);
      if (a?.type === 'Identifier' && holdsObject(path, a.name)) facts.objectArguments.add(a.name);
    }
  }
  followThisMethods(path, node, facts);
  walk(node, (n, parent, key) => {
    if (n.type === 'AwaitExpression' || n.type === 'YieldExpression') facts.suspends = true;
    if (isMember(n)) {
      const calledMethod = isCall(parent) && key === 'callee';
      const assigned = parent?.type === 'AssignmentExpression' && key === 'left';
      if (calledMethod) {
        facts.receivers.push(describe(n.object));
        if (isMember(unwrap(n.object))) facts.memberReads.push(describe(n.object));
      } else if (!assigned && !isMember(parent)) {
        facts.memberReads.push(describe(n));
      }
    }
    if (isFunctionNode(n)) {
      const inner = outerEffects(n);
      inner.writes.forEach((w) => facts.closureWrites.add(w));
      inner.reads.forEach((r) => facts.closureReads.add(r));
      return false;
    }
    return true;
  });
  // Local functions named anywhere in the code (called or passed on), followed transitively.
  const seen = new Set<AnyNode>();
  const follow = (names: Iterable<string>): void => {
    for (const name of names) {
      const fn = localFunction(path, name);
      if (!fn || seen.has(fn)) continue;
      seen.add(fn);
      const inner = outerEffects(fn);
      inner.writes.forEach((w) => facts.closureWrites.add(w));
      inner.reads.forEach((r) => facts.closureReads.add(r));
      follow(inner.reads);
    }
  };
  follow([...rw.reads]);
  return facts;
}

/** Whether a local binding is initialised with an object, an array or a `new` (something a callee can change). */
function holdsObject(path: NodePath, name: string): boolean {
  const declaration = bindingScope(path, name)?.getBindings()[name]?.[0];
  const parent = declaration?.parent?.node;
  if (!declaration || parent?.type !== 'VariableDeclarator' || parent.id !== declaration.node) return false;
  const init = unwrap(parent.init);
  return init?.type === 'ObjectExpression' || init?.type === 'ArrayExpression' || init?.type === 'NewExpression';
}

/** The class whose method (or field function) `path` is in, or null. */
function enclosingClass(path: NodePath): AnyNode | null {
  for (let p: NodePath | null = path.parent; p; p = p.parent) {
    if (p.node.type === 'ClassBody') return p.node;
    if (isFunctionNode(p.node) && p.node.type !== 'ArrowFunctionExpression' && p.parent?.node.type !== 'ClassBody') return null;
  }
  return null;
}

/** `this.p` names read and written in `node` (static names only; nested non-arrow functions have their own `this`). */
function thisMembers(node: AnyNode, into: { reads: Set<string>; writes: Set<string> }, calls: string[]): void {
  walk(node, (n, parent, key) => {
    if (isFunctionNode(n) && n.type !== 'ArrowFunctionExpression' && n !== node) return false;
    if (isMember(n) && unwrap(n.object)?.type === 'ThisExpression') {
      const name = staticPropertyName(n);
      if (name === null) return true;
      const written = (parent?.type === 'AssignmentExpression' && key === 'left') || parent?.type === 'UpdateExpression';
      if (written) into.writes.add(name);
      else if (isCall(parent) && key === 'callee') calls.push(name);
      else into.reads.add(name);
    }
    return true;
  });
}

/** What the methods of the enclosing class that `node` calls on `this` read and write of `this` (transitively). */
function followThisMethods(path: NodePath, node: AnyNode, facts: CodeFacts): void {
  const body = enclosingClass(path);
  const direct = { reads: new Set<string>(), writes: new Set<string>() };
  const calls: string[] = [];
  thisMembers(node, direct, calls);
  if (!body) return;
  const seen = new Set<string>();
  const into = { reads: facts.thisReads, writes: facts.thisWrites };
  while (calls.length > 0) {
    const name = calls.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const member of body.body) {
      const key = member.key?.type === 'Identifier' ? member.key.name : null;
      if (key !== name) continue;
      const fn = member.type === 'ClassMethod' || member.type === 'ClassPrivateMethod' || member.type === 'TSDeclareMethod' ? member
        : isFunctionNode(unwrap(member.value)) ? unwrap(member.value) : null;
      if (fn?.body) thisMembers(fn.body, into, calls);
    }
  }
}

/** A statement (or an element) in a sequence: its code facts and what it binds or assigns when its await finishes. */
export interface StepFacts {
  /** The awaited expression's facts. */
  code: CodeFacts;
  /** Names bound or assigned once the await finishes. */
  binds: Set<string>;
  /** Root names of member targets assigned once the await finishes (`res.a = …` -> `res`). */
  memberTargets: Set<string>;
  /** Names read by an assignment target (`res[i]` reads `res` and `i`): in the original it is evaluated before the await. */
  targetReads?: Set<string>;
  /** Text of the awaited call, for reasons. */
  label: string;
}

const intersection = (a: Iterable<string>, b: Set<string>): string[] => [...a].filter((x) => b.has(x));

/**
 * Why `later` cannot start before `earlier` has finished (in words), or null when no dependence
 * shows in the code. Effects through state the code does not show (a database, a file, a server)
 * are for the caller's ordering check and its stated assumptions.
 */
export function dependenceReason(earlier: StepFacts, later: StepFacts): string | null {
  const laterReads = new Set([...later.code.reads, ...later.code.closureReads]);
  const dataDependence = intersection([...earlier.binds, ...earlier.memberTargets], laterReads);
  if (dataDependence.length > 0) return `${later.label} reads ${dataDependence[0]}, which the await before it sets`;
  const earlierTouches = new Set([...earlier.code.reads, ...earlier.code.closureReads, ...earlier.code.writes, ...earlier.code.closureWrites, ...earlier.binds, ...earlier.memberTargets]);
  const laterTouches = new Set([...laterReads, ...later.code.writes, ...later.code.closureWrites, ...later.binds, ...later.memberTargets]);
  const byEarlier = intersection(earlier.code.closureWrites, laterTouches).concat(intersection(earlier.code.writes, laterTouches));
  if (byEarlier.length > 0) return `${earlier.label} changes ${byEarlier[0]}, which ${later.label} uses`;
  const byLater = intersection(later.code.closureWrites, earlierTouches).concat(intersection(later.code.writes, earlierTouches));
  if (byLater.length > 0) return `${later.label} changes ${byLater[0]}, which ${earlier.label} uses`;
  const moved = intersection(later.binds, earlier.targetReads ?? new Set()).concat(intersection(later.code.closureWrites, earlier.targetReads ?? new Set()));
  if (moved.length > 0) return `${later.label} sets ${moved[0]}, which the assignment target before it reads`;
  const twice = intersection(earlier.binds, later.binds);
  if (twice.length > 0) return `both ${earlier.label} and ${later.label} set ${twice[0]}`;
  // Methods of the same class sharing fields: `await this.load(); await this.render()`.
  const laterThis = new Set([...later.code.thisReads, ...later.code.thisWrites]);
  const earlierThis = new Set([...earlier.code.thisReads, ...earlier.code.thisWrites]);
  const field = intersection(earlier.code.thisWrites, laterThis).concat(intersection(later.code.thisWrites, earlierThis));
  if (field.length > 0) return `${earlier.label} and ${later.label} share this.${field[0]}, which one of them changes`;
  // The same object handed to both: `await fillA(ctx); await fillB(ctx)`.
  const shared = intersection(earlier.code.objectArguments, new Set([...laterReads]));
  if (shared.length > 0) return `${earlier.label} receives ${shared[0]}, an object it may change, and ${later.label} uses it too`;
  // State of the object an earlier method call runs on: `await this.connect(); await this.client.get()`.
  for (const receiver of earlier.code.receivers) {
    const read = later.code.memberReads.find((m) => m.startsWith(`${receiver}.`) || m.startsWith(`${receiver}[`));
    if (read) return `${later.label} reads ${read}, which ${earlier.label} may change (a method of ${receiver})`;
  }
  return null;
}

/** Whether a member chain like `this.users` or `res` roots in a name (for member targets). */
export function targetRoot(target: AnyNode): string | null {
  const t = unwrap(target);
  if (t?.type === 'Identifier') return t.name;
  return isMember(t) ? memberRoot(t) : null;
}

/** Whether a member target is written with only names and static keys (`a.b`, `a[i]`, `this.x`): evaluating it later gives the same place. */
export function simpleMemberTarget(target: AnyNode): boolean {
  let t = unwrap(target);
  while (isMember(t)) {
    if (t.computed && staticPropertyName(t) === null && unwrap(t.property).type !== 'Identifier') return false;
    t = unwrap(t.object);
  }
  return t?.type === 'Identifier' || t?.type === 'ThisExpression';
}

import type { GeneratedProgram } from './program-gen';

/**
 * Programs the fuzzer found rewritten wrongly, kept verbatim (generated program ids change whenever
 * the generator does). `__tests__/fuzz.test.ts` checks each of them like a generated one.
 */
export const FUZZ_REGRESSIONS: Array<{ name: string; program: GeneratedProgram }> = [
  {
    name: 'a const literal emptied before the loop: the looked-up value is read even when it is empty (found as 777:39)',
    program: {
      lang: 'js',
      shape: 'lang=js inner=prim outer=record decl=module loop=findIndex jsdoc=number called-twice lookup=find hazard=length-zero@before',
      inputs: { outer: 'record', inner: 'prim', outerDomain: 'any', innerDomain: 'number', mayShare: false },
      brokenAssumptions: [],
      source: `const ITEMS = [0, 2, 1, 'a', 'b', 2, 'a', 2, '1', 1];

/**
 * @param {any[]} a
 * @param {Array<number>} b
 * @param {Record<string, number>} o
 * @param {unknown[]} log
 */
function scan(a, b, o, log) {
  let count = 0;
  const out = [];
  ITEMS.length = 0;
  return { res: a.findIndex((x) => ITEMS.find(y => x.id === y)), out, count };
}

export function run(a, b, o) {
  const log = [];
  const first = scan(a, b, o, log);
  const second = scan(a, b, o, log);
  return { first, second, log };
}
`,
    },
  },
  {
    name: 'alias scanned, original name written in a callback loop (found as 2:139)',
    program: {
      lang: 'js',
      shape: 'lang=js inner=prim outer=prim decl=alias loop=findIndex lookup=indexof-cmp hazard=index-assign@inside-before',
      inputs: { outer: 'prim', inner: 'prim', outerDomain: 'any', innerDomain: 'any', mayShare: false },
      brokenAssumptions: [],
      source: `function scan(a, b, o, log) {
  let count = 0;
  const out = [];
  const c = b;
  return { res: a.findIndex((x) => {
    b[0] = x;
    return !(c.indexOf(x) !== -1);
  }), out, count };
}

export function run(a, b, o) {
  const log = [];
  const first = scan(a, b, o, log);
  const second = scan(a, b, o, log);
  return { first, second, log };
}
`,
    },
  },
  {
    name: 'this.items handed to a function inside the loop (found as 2:787)',
    program: {
      lang: 'js',
      shape: 'lang=js inner=record outer=record decl=this loop=for-of nested=for-of lookup=inner-loop scan-loop=flag-break hazard=stop@inside-before',
      inputs: { outer: 'record', inner: 'record', outerDomain: 'any', innerDomain: 'any', mayShare: true },
      brokenAssumptions: [],
      source: `function touch(arr) {
  if (arr.length > 1) arr.pop();
}

class Holder {
  constructor(items) {
    this.items = items;
  }

  scan(a, o, log) {
    let count = 0;
    const out = [];
    for (const z of a) {
      touch(this.items);
      for (const x of a) {
        if (x && x.active) break;
        let found = false;
        for (const y of this.items) {
          if (y.id === z.id) {
            found = true;
            break;
          }
        }
        if (found) out.push(z);
      }
    }
    return { out, count };
  }
}

export function run(a, b, o) {
  const log = [];
  const holder = new Holder(b);
  const first = holder.scan(a, o, log);
  const second = holder.scan(a, o, log);
  return { first, second, log };
}
`,
    },
  },
  {
    name: 'mapped key read up front from elements of unknown type (found as 2:829)',
    program: {
      lang: 'js',
      shape: 'lang=js inner=record outer=record decl=copy loop=some lookup=map-indexof hazard=log@inside-before',
      inputs: { outer: 'record', inner: 'record', outerDomain: 'any', innerDomain: 'any', mayShare: true },
      brokenAssumptions: [],
      source: `function scan(a, b, o, log) {
  let count = 0;
  const out = [];
  const list = Array.from(b);
  return { res: a.some((x) => {
    log.push(String(x));
    return list.map((y) => y.id).indexOf(x.id) !== -1;
  }), out, count };
}

export function run(a, b, o) {
  const log = [];
  const result = scan(a, b, o, log);
  return { result, log };
}
`,
    },
  },
  {
    name: 'alias scanned, original name pushed in the loop (found as 2:851)',
    program: {
      lang: 'js',
      shape: 'lang=js inner=prim outer=prim decl=alias loop=for-in lookup=inner-loop scan-loop=flag-break hazard=push@inside-before',
      inputs: { outer: 'prim', inner: 'prim', outerDomain: 'any', innerDomain: 'any', mayShare: false },
      brokenAssumptions: [],
      source: `function scan(a, b, o, log) {
  let count = 0;
  const out = [];
  const c = b;
  for (const x in o) {
    b.push(x);
    let found = false;
    for (const y of c) {
      if (x === y) {
        found = true;
        break;
      }
    }
    if (found) out.push(x);
  }
  return { out, count };
}

export function run(a, b, o) {
  const log = [];
  const result = scan(a, b, o, log);
  return { result, log };
}
`,
    },
  },
  {
    name: 'alias scanned, original name changed by a closure the loop calls (found as 4:1743)',
    program: {
      lang: 'js',
      shape: 'lang=js inner=prim outer=record decl=alias loop=for-index lookup=indexof-number hazard=closure-mutate@inside-before',
      inputs: { outer: 'record', inner: 'prim', outerDomain: 'any', innerDomain: 'any', mayShare: false },
      brokenAssumptions: [],
      source: `function scan(a, b, o, log) {
  let count = 0;
  const out = [];
  const c = b;
  const remember = (v) => { b.push(v); };
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    remember(x.id);
    const hit = c.indexOf(x.id);
    out.push(hit);
  }
  return { out, count };
}

export function run(a, b, o) {
  const log = [];
  const first = scan(a, b, o, log);
  const second = scan(a, b, o, log);
  return { first, second, log };
}
`,
    },
  },
  {
    name: 'this.items changed by an arrow function the loop calls (found as 4:2126)',
    program: {
      lang: 'js',
      shape: 'lang=js inner=prim outer=prim decl=this loop=while lookup=indexof-cmp hazard=closure-mutate@inside-before',
      inputs: { outer: 'prim', inner: 'prim', outerDomain: 'any', innerDomain: 'any', mayShare: false },
      brokenAssumptions: [],
      source: `class Holder {
  constructor(items) {
    this.items = items;
  }

  scan(a, o, log) {
    let count = 0;
    const out = [];
    const remember = (v) => { this.items.push(v); };
    let i = 0;
    while (i < a.length) {
      const x = a[i];
      i++;
      remember(x);
      out.push(this.items.indexOf(x) === -1);
    }
    return { out, count };
  }
}

export function run(a, b, o) {
  const log = [];
  const holder = new Holder(b);
  const result = holder.scan(a, o, log);
  return { result, log };
}
`,
    },
  },
];

import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { range } from './lib/inputs';
import { defineBench, type BenchCase } from './lib/types';

// Real concurrency: a node:http server on 127.0.0.1 whose handler answers after L ms, called
// with fetch. The path says the latency: `/L5/user` answers after 5 ms. Awaits in a row sweep
// k = 2, 3, 5 (the m column, n = 1 call of the function); loops sweep n = 10 … 1000 items.
// The in-process cases await functions that answer at once: there, Promise.all only adds work.
const LATENCIES = [0, 1, 5, 20];
const AWAIT_COUNTS = [2, 3, 5];
const LOOP_SIZES = [10, 100, 1_000];

let origin = '';

function startServer(): Promise<() => Promise<void>> {
  const server = http.createServer((request, response) => {
    const match = /^\/L(\d+)(\/.*)$/.exec(request.url ?? '');
    const latency = match ? Number(match[1]) : 0;
    const answer = () => response.end(match ? match[2] : '?');
    if (latency === 0) answer();
    else setTimeout(answer, latency);
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve(() => new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }));
    });
  });
}

const HTTP = 'cases/sequential-awaits-to-promise-all/http-awaits.ts';
const IN_PROCESS = 'cases/sequential-awaits-to-promise-all/in-process.ts';

function httpCases(latency: number): BenchCase[] {
  return [
    {
      name: `awaits L=${latency}ms`, file: HTTP, entry: 'awaits', async: true, fixedN: 1, sizes: AWAIT_COUNTS,
      quickSizes: latency <= 1 ? [2, 5] : [3],
      input: (k) => [k, `${origin}/L${latency}`],
    },
    {
      name: `loop L=${latency}ms`, file: HTTP, entry: 'loop', async: true, sizes: LOOP_SIZES,
      // n sequential requests take n·L: at 5 ms and more the before side stops at 100 items.
      maxBeforeN: latency >= 5 ? 100 : undefined,
      quickSizes: latency <= 1 ? [10, 100] : [10],
      input: (n) => [range(0, n), `${origin}/L${latency}`],
    },
  ];
}

export default defineBench({
  transform: 'sequential-awaits-to-promise-all',
  setup: startServer,
  plot: {
    equal: { title: 'a loop awaiting one call per item, n items', xLabel: 'n items (log scale)' },
    small: { title: 'k awaits in a row', xLabel: 'k awaits (log scale)' },
    below: 'the sequential awaits are faster',
  },
  cases: [
    ...LATENCIES.flatMap(httpCases),
    {
      name: 'awaits in-process', file: IN_PROCESS, entry: 'awaits', async: true, fixedN: 1, sizes: AWAIT_COUNTS, quickSizes: [2, 5],
      input: (k) => [k],
    },
    {
      name: 'loop in-process', file: IN_PROCESS, entry: 'loop', async: true, sizes: LOOP_SIZES, quickSizes: [10, 1_000],
      input: (n) => [range(0, n)],
    },
  ],
});

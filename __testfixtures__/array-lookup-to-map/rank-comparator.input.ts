interface Task {
  id: number;
  priority: string;
}

const PRIORITIES = ['blocker', 'critical', 'major', 'high', 'medium', 'normal', 'low', 'minor', 'trivial'];

// A sort comparator runs n·log n times: the rank Map is built once, at module load.
// Unknown priorities rank -1 (first), as indexOf gives them.
// @perfmod-check byPriority(g.array(g.record({ id: g.int(), priority: g.oneof(g.constant('low'), g.constant('blocker'), g.constant('high'), g.str()) }), 20))
export function byPriority(tasks: Task[]): Task[] {
  return [...tasks].sort((a, b) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority) || a.id - b.id);
}

// @perfmod-check ranks(g.array(g.oneof(g.constant('medium'), g.constant('trivial'), g.str())))
export function ranks(names: string[]): number[] {
  return names.map((n) => PRIORITIES.indexOf(n));
}

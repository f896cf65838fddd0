// A hole is skipped by indexOf but seen as `undefined` by a Set: `undefined` would start to match.
const RESERVED = [0, 1, 2, , 4, 5, 6, 7, 8, 9, 10];

export function reservedSlots(slots) {
  return slots.filter((slot) => RESERVED.indexOf(slot) !== -1);
}

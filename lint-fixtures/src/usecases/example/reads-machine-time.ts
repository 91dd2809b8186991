// A use case reading the machine's time instead of its clock.
export function example() {
  const stamp = new Date(); // ✗
  return { stamp, ms: Date.now() }; // ✗
}

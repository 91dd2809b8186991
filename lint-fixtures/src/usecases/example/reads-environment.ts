// A use case reading the environment: the env rule still holds beside the clock rule.
export function example() {
  return process.env.DATABASE_URL; // ✗
}

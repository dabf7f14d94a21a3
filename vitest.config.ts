import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Property tests run thousands of cases; the default 5 s is too tight on a 2-core CI box.
    testTimeout: 60_000,
  },
});

// ESLint (flat config), run by `npm test`: one job — no floating promises. A promise nobody awaits
// or catches turns a transient fault (a database error) into an unhandled rejection; every background
// promise is awaited or gets a `.catch` that logs with context. Type-aware, so it sees every promise.
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["src/generated/**", "dashboard/generated/**", "node_modules/**", "data/**", "dist/**"] },
  {
    files: ["src/**/*.ts", "scripts/**/*.ts", "bench/**/*.ts", "test/**/*.ts", "dashboard/**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "@typescript-eslint": tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-floating-promises": ["error", { ignoreVoid: false }],
    },
  },
);

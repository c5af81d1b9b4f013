import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import tsParser from "@typescript-eslint/parser";

// typescript-eslint as Microsoft's config registers it: its object covers .ts but not .tsx, and a
// rule needs its plugin in the same object, so ours names the very same plugin instance.
const tsPlugin = officeAddins.configs.recommended.find((c) => c.plugins?.["@typescript-eslint"]).plugins["@typescript-eslint"];

// Microsoft's Office add-in rules (with typescript-eslint's recommended set, which they include);
// TypeScript itself checks undefined names, so ESLint's no-undef is off for .ts/.tsx.
export default [
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks, "@typescript-eslint": tsPlugin },
    languageOptions: { parser: tsParser },
    rules: {
      "no-undef": "off",
      "no-unused-vars": "off",
      // A name starting with "_" is deliberately unused (a property left out of a rest object, a drained iterator).
      "@typescript-eslint/no-unused-vars": ["error", { varsIgnorePattern: "^_", argsIgnorePattern: "^_" }],
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    // The adapters queue loads, sync through one counting wrapper, and read in closures run after
    // it; the linter cannot follow that. The adapter tests run on office-addin-mock objects, which
    // throw on any property read before it was loaded and synced.
    files: ["addin/excel/**/*.ts"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
  {
    // core/ never touches Office: exceljs rows and plain objects are not Office proxies.
    files: ["core/**/*.ts"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
  {
    // The front ends use core's one public entry (core/index.ts), never its folders.
    files: ["cli/**/*.ts", "functions/**/*.ts", "addin/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "(^|/)core/", message: 'Import from core/index.ts ("../core"), not core\'s folders.' }] },
      ],
    },
  },
];
